@NullMarked
package id.bpjs.jmo.audit.ui;

import org.jspecify.annotations.NullMarked;
