@NullMarked
package id.bpjs.jmo.complaint;

import org.jspecify.annotations.NullMarked;
