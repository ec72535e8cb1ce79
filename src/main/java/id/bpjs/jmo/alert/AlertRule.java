package id.bpjs.jmo.alert;

/** What an alert watches. Each names its branch; the subject tells apart alerts of one rule and branch. */
public enum AlertRule {
    /** App error reports in the last full week above what the 8 weeks before make likely (one-sided Poisson). */
    APP_ERRORS_WEEK,
    /** A new app version's error reports per day clearly above the previous version's (exact Poisson rate test). */
    APP_VERSION_ERRORS,
    /** An attribute's mean satisfaction fell against the previous period of equal length (Welch's t). */
    SATISFACTION_DROP,
    /** A branch's open complaints past or about to pass their time limits (working days). */
    COMPLAINT_DEADLINE_BRANCH,
    /** One assignee's open complaints past or about to pass their time limits. */
    COMPLAINT_DEADLINE_ASSIGNEE,
    /** The running IKM semester's respondents below the Krejcie–Morgan minimum with few weeks left. */
    IKM_SAMPLE
}
