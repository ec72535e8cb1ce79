@NullMarked
package id.bpjs.jmo.dashboard;

import org.jspecify.annotations.NullMarked;
