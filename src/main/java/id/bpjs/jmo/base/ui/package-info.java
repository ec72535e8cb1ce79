@NullMarked
package id.bpjs.jmo.base.ui;

import org.jspecify.annotations.NullMarked;
