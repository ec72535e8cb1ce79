@NullMarked
package id.bpjs.jmo.findings;

import org.jspecify.annotations.NullMarked;
