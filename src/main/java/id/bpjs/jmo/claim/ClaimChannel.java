package id.bpjs.jmo.claim;

/** Where a JHT claim was filed: fully in the JMO app, or at the branch. */
public enum ClaimChannel {
    JMO, BRANCH
}
