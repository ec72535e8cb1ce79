@NullMarked
package id.bpjs.jmo.audit;

import org.jspecify.annotations.NullMarked;
