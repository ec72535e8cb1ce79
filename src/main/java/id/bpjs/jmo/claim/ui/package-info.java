@NullMarked
package id.bpjs.jmo.claim.ui;

import org.jspecify.annotations.NullMarked;
