package id.bpjs.jmo.complaint;

/** Where a complaint arrived. */
public enum ComplaintChannel {
    JMO_APP, COUNTER, CALL_CENTER_175, EMAIL, SOCIAL_MEDIA, SP4N_LAPOR
}
