@NullMarked
package id.bpjs.jmo.setup.ui;

import org.jspecify.annotations.NullMarked;
