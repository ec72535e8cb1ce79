@NullMarked
package id.bpjs.jmo.setup;

import org.jspecify.annotations.NullMarked;
