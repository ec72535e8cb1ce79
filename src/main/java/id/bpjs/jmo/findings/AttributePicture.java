package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RogersAttribute;

/**
 * What the data say about one Rogers attribute in a period: survey figures now and before, complaints, and coded
 * excerpts. The narrative is written from these numbers only.
 */
public record AttributePicture(RogersAttribute attribute, long responses, double mean, double shareSatisfied,
        long previousResponses, double previousMean, long complaints, long errorReports, long excerpts,
        long negativeExcerpts, long positiveExcerpts) {
}
