package id.bpjs.jmo.complaint;

import java.util.List;

/**
 * Someone else saved the complaint after it was opened. Nothing was overwritten; the editor keeps their input and
 * sees what the other person changed.
 */
public class ConcurrentEditException extends ComplaintException {

    private final transient List<ComplaintHistory> theirChanges;

    ConcurrentEditException(List<ComplaintHistory> theirChanges) {
        super("complaint.conflict");
        this.theirChanges = theirChanges;
    }

    public List<ComplaintHistory> theirChanges() {
        return theirChanges;
    }
}
