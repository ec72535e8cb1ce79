@NullMarked
package id.bpjs.jmo.calendar;

import org.jspecify.annotations.NullMarked;
