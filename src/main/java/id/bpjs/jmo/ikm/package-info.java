@NullMarked
package id.bpjs.jmo.ikm;

import org.jspecify.annotations.NullMarked;
