@NullMarked
package id.bpjs.jmo.security;

import org.jspecify.annotations.NullMarked;
