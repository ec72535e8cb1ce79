package id.bpjs.jmo.survey;

import id.bpjs.jmo.base.domain.RogersAttribute;

/** Satisfaction with one Rogers attribute: mean on 1..5 and the share answering 4 or 5, over n responses. */
public record AttributeScore(RogersAttribute attribute, double mean, double shareSatisfied, long n) {
}
