package id.bpjs.jmo.complaint;

import org.jspecify.annotations.Nullable;

/**
 * The work lists staff open with one click. The first three are open work whatever the period filter says (a
 * complaint received 13 months ago and still open is still work); the status lists stay within the period.
 */
public enum ComplaintQueue {
    /** Open complaints assigned to the current user. */
    MINE(null, true),
    /** Open complaints nobody handles yet. */
    UNASSIGNED(null, true),
    /** Open complaints past the first-response or resolution limit (working days). */
    OVERDUE(null, true),
    NEW(ComplaintStatus.NEW, false),
    IN_PROGRESS(ComplaintStatus.IN_PROGRESS, false),
    WAITING_FOR_PARTICIPANT(ComplaintStatus.WAITING_FOR_PARTICIPANT, false),
    RESOLVED(ComplaintStatus.RESOLVED, false),
    CLOSED(ComplaintStatus.CLOSED, false);

    private final @Nullable ComplaintStatus status;
    private final boolean anyPeriod;

    ComplaintQueue(@Nullable ComplaintStatus status, boolean anyPeriod) {
        this.status = status;
        this.anyPeriod = anyPeriod;
    }

    /** The status this list shows, or null for the work lists. */
    public @Nullable ComplaintStatus status() {
        return status;
    }

    /** Whether the list ignores the period of the filter (branch and channel still apply). */
    public boolean anyPeriod() {
        return anyPeriod;
    }
}
