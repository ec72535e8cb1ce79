@NullMarked
package id.bpjs.jmo.base.domain;

import org.jspecify.annotations.NullMarked;
