package id.bpjs.jmo.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.Immutable;

/** One change to a complaint: who, when, which field, old and new value. Written once, never edited. */
@Entity
@Immutable
@Table(name = "complaint_history")
public class ComplaintHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "changed_at", nullable = false)
    // set by the constructor; JPA fills it on load
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy = "";

    @Column(nullable = false, length = 40)
    private String field = "";

    @Column(name = "old_value", length = 4000)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = 4000)
    private @Nullable String newValue;

    /** Why, where the workflow asks for it (reopening). */
    @Column(length = 2000)
    private @Nullable String note;

    /**
     * The note of a history entry derived from the complaint record itself (imported or start-up data has no history
     * rows); never stored.
     */
    public static final String FROM_RECORD = "jmo:from-record";

    protected ComplaintHistory() {
    }

    ComplaintHistory(long complaintId, LocalDateTime changedAt, String changedBy, String field,
            @Nullable String oldValue, @Nullable String newValue, @Nullable String note) {
        this.complaintId = complaintId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.note = note;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getField() {
        return field;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }

    public @Nullable String getNote() {
        return note;
    }
}
