@NullMarked
package id.bpjs.jmo.branch.ui;

import org.jspecify.annotations.NullMarked;
