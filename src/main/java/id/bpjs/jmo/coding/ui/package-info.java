@NullMarked
package id.bpjs.jmo.coding.ui;

import org.jspecify.annotations.NullMarked;
