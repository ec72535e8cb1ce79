@NullMarked
package id.bpjs.jmo.coding;

import org.jspecify.annotations.NullMarked;
