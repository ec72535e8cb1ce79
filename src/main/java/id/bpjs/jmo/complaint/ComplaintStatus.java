package id.bpjs.jmo.complaint;

/** New → in progress → waiting for participant → resolved → closed. */
public enum ComplaintStatus {
    NEW, IN_PROGRESS, WAITING_FOR_PARTICIPANT, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
