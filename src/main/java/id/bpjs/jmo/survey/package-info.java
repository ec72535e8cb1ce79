@NullMarked
package id.bpjs.jmo.survey;

import org.jspecify.annotations.NullMarked;
