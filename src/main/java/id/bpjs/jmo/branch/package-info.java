@NullMarked
package id.bpjs.jmo.branch;

import org.jspecify.annotations.NullMarked;
