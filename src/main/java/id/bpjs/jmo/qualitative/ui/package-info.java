@NullMarked
package id.bpjs.jmo.qualitative.ui;

import org.jspecify.annotations.NullMarked;
