@NullMarked
package id.bpjs.jmo.findings.ui;

import org.jspecify.annotations.NullMarked;
