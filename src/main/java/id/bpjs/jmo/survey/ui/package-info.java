@NullMarked
package id.bpjs.jmo.survey.ui;

import org.jspecify.annotations.NullMarked;
