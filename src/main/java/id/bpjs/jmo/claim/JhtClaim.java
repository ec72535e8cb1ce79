package id.bpjs.jmo.claim;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.Branch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A JHT (old-age savings) claim with the participant's feedback on its speed. PP 46/2015 art. 31: JHT is paid within
 * 5 working days after the documents are complete.
 */
@Entity
@Table(name = "jht_claim")
public class JhtClaim {

    public static final int LEGAL_PAYMENT_WORKING_DAYS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = 24)
    @Column(name = "claim_reference", nullable = false, unique = true, length = 24)
    private String claimReference = "";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private @Nullable Branch branch;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ClaimChannel channel = ClaimChannel.JMO;

    @NotNull
    @PastOrPresent
    @Column(name = "submitted_at", nullable = false)
    // claims are loaded, never created here
    private LocalDateTime submittedAt;

    @PastOrPresent
    @Column(name = "documents_complete_at")
    private @Nullable LocalDateTime documentsCompleteAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClaimOutcome outcome = ClaimOutcome.PENDING;

    @PastOrPresent
    @Column(name = "outcome_at")
    private @Nullable LocalDateTime outcomeAt;

    /** Computed with the holiday calendar when the claim is paid; see WorkingDayCalendar#workingDaysBetween. */
    @Min(0)
    @Column(name = "working_days_to_payment")
    private @Nullable Integer workingDaysToPayment;

    @Min(value = 1, message = "{jmo.likert}")
    @Max(value = 5, message = "{jmo.likert}")
    @Column(name = "speed_rating")
    private @Nullable Integer speedRating;

    @Size(max = 2000)
    @Column(length = 2000)
    private @Nullable String comment;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private @Nullable RogersAttribute attribute;

    public JhtClaim() {
    }

    @AssertTrue(message = "{jmo.claim.outcomeAt}")
    boolean isOutcomeTimed() {
        return outcome == ClaimOutcome.PENDING || outcomeAt != null;
    }

    @AssertTrue(message = "{jmo.claim.documentsOrder}")
    boolean isDocumentsAfterSubmission() {
        return documentsCompleteAt == null || !documentsCompleteAt.isBefore(submittedAt);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public void setClaimReference(String claimReference) {
        this.claimReference = claimReference;
    }

    public @Nullable Branch getBranch() {
        return branch;
    }

    public void setBranch(@Nullable Branch branch) {
        this.branch = branch;
    }

    public ClaimChannel getChannel() {
        return channel;
    }

    public void setChannel(ClaimChannel channel) {
        this.channel = channel;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public @Nullable LocalDateTime getDocumentsCompleteAt() {
        return documentsCompleteAt;
    }

    public void setDocumentsCompleteAt(@Nullable LocalDateTime documentsCompleteAt) {
        this.documentsCompleteAt = documentsCompleteAt;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ClaimOutcome outcome) {
        this.outcome = outcome;
    }

    public @Nullable LocalDateTime getOutcomeAt() {
        return outcomeAt;
    }

    public void setOutcomeAt(@Nullable LocalDateTime outcomeAt) {
        this.outcomeAt = outcomeAt;
    }

    public @Nullable Integer getWorkingDaysToPayment() {
        return workingDaysToPayment;
    }

    /**
     * Whether the claim was paid later than PP 46/2015 art. 31 allows ({@value #LEGAL_PAYMENT_WORKING_DAYS} working
     * days after the documents were complete); false while it is unpaid.
     */
    public boolean paidLate() {
        return workingDaysToPayment != null && workingDaysToPayment > LEGAL_PAYMENT_WORKING_DAYS;
    }

    public void setWorkingDaysToPayment(@Nullable Integer workingDaysToPayment) {
        this.workingDaysToPayment = workingDaysToPayment;
    }

    public @Nullable Integer getSpeedRating() {
        return speedRating;
    }

    public void setSpeedRating(@Nullable Integer speedRating) {
        this.speedRating = speedRating;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }

    public @Nullable RogersAttribute getAttribute() {
        return attribute;
    }

    public void setAttribute(@Nullable RogersAttribute attribute) {
        this.attribute = attribute;
    }
}
