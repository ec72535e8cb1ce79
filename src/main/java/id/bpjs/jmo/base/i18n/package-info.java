@NullMarked
package id.bpjs.jmo.base.i18n;

import org.jspecify.annotations.NullMarked;
