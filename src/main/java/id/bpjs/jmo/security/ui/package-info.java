@NullMarked
package id.bpjs.jmo.security.ui;

import org.jspecify.annotations.NullMarked;
