@NullMarked
package id.bpjs.jmo.dashboard.ui;

import org.jspecify.annotations.NullMarked;
