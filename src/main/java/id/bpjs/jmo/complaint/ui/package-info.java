@NullMarked
package id.bpjs.jmo.complaint.ui;

import org.jspecify.annotations.NullMarked;
