@NullMarked
package id.bpjs.jmo.ikm.ui;

import org.jspecify.annotations.NullMarked;
