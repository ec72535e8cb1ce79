package id.bpjs.jmo.survey;

/** How the respondent was served: through the JMO app, at the branch counter, or both. */
public enum SurveyChannel {
    JMO, COUNTER, BOTH
}
