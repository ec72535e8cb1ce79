package id.bpjs.jmo.base.domain;

/**
 * The two ways a participant is served, as the dashboard compares them: through the JMO app or at the branch
 * (counter). Each record type maps it onto its own channels (a survey respondent who used both counts in both).
 */
public enum ServiceChannel {
    JMO, COUNTER
}
