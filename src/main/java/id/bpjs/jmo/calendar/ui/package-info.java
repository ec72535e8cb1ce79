@NullMarked
package id.bpjs.jmo.calendar.ui;

import org.jspecify.annotations.NullMarked;
