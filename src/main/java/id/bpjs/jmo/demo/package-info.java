@NullMarked
package id.bpjs.jmo.demo;

import org.jspecify.annotations.NullMarked;
