package id.bpjs.jmo.claim;

public enum ClaimOutcome {
    PAID, REJECTED, PENDING
}
