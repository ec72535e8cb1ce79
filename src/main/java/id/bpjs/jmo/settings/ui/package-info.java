@NullMarked
package id.bpjs.jmo.settings.ui;

import org.jspecify.annotations.NullMarked;
