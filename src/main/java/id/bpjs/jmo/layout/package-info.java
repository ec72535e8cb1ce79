@NullMarked
package id.bpjs.jmo.layout;

import org.jspecify.annotations.NullMarked;
