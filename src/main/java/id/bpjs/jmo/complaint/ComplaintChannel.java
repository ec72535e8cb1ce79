package id.bpjs.jmo.complaint;

/**
 * Where a complaint arrived. SURVEY: a follow-up case the public survey opened for a low overall score whose
 * participant consented to be contacted ({@link SurveyFollowUps}); staff do not record cases in this channel.
 */
public enum ComplaintChannel {
    JMO_APP, COUNTER, CALL_CENTER_175, EMAIL, SOCIAL_MEDIA, SP4N_LAPOR, SURVEY;

    /** The channels staff record complaints from (all but SURVEY). */
    public static java.util.List<ComplaintChannel> recordable() {
        return java.util.Arrays.stream(values()).filter(c -> c != SURVEY).toList();
    }
}
