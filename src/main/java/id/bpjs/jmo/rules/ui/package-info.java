@NullMarked
package id.bpjs.jmo.rules.ui;

import org.jspecify.annotations.NullMarked;
