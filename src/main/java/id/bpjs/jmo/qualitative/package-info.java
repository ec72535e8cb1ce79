@NullMarked
package id.bpjs.jmo.qualitative;

import org.jspecify.annotations.NullMarked;
