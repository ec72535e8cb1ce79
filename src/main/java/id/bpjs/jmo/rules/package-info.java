@NullMarked
package id.bpjs.jmo.rules;

import org.jspecify.annotations.NullMarked;
