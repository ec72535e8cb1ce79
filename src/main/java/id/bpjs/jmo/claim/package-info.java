@NullMarked
package id.bpjs.jmo.claim;

import org.jspecify.annotations.NullMarked;
