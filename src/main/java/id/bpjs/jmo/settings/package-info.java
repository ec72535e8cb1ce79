@NullMarked
package id.bpjs.jmo.settings;

import org.jspecify.annotations.NullMarked;
