package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.security.AppUser;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A complaint from any channel. Those of category APP_ERROR are the app's error reports. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** Readable, unique per branch and year: PWT-2026-000123. */
    @NotBlank
    @Size(max = 24)
    @Column(name = "ticket_number", nullable = false, unique = true, length = 24)
    private String ticketNumber = "";

    @NotNull
    @PastOrPresent
    @Column(name = "received_at", nullable = false)
    // set by the form, the import or ComplaintService (branch-local time)
    private LocalDateTime receivedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintChannel channel = ComplaintChannel.COUNTER;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private @Nullable Branch branch;

    /**
     * Nomor KPJ (membership card number): 11 digits. Stored in full, shown masked. Null only for a survey follow-up
     * case (the anonymous survey does not ask for it).
     */
    @Pattern(regexp = "\\d{11}", message = "{jmo.kpj}")
    @Column(name = "kpj_number", length = 11)
    private @Nullable String kpjNumber = "";

    /** The survey response a follow-up case (channel SURVEY) comes from; null for every other case. */
    @Column(name = "survey_response_id")
    private @Nullable Long surveyResponseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind", length = 8)
    private @Nullable ContactKind contactKind;

    /** The participant's phone number or e-mail address (survey follow-ups); null once erased after retention. */
    @Column(name = "participant_contact", length = 254)
    private @Nullable String participantContact;

    @Column(name = "contact_consented_at")
    private @Nullable LocalDateTime contactConsentedAt;

    @Column(name = "contact_erased_at")
    private @Nullable LocalDateTime contactErasedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplaintCategory category = ComplaintCategory.OTHER;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RogersAttribute attribute = RogersAttribute.COMPATIBILITY;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Severity severity = Severity.MEDIUM;

    @NotBlank
    @Size(min = 10, max = 4000)
    @Column(nullable = false, length = 4000)
    private String description = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplaintStatus status = ComplaintStatus.NEW;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private @Nullable AppUser assignee;

    @Column(name = "first_response_at")
    private @Nullable LocalDateTime firstResponseAt;

    @Column(name = "resolved_at")
    private @Nullable LocalDateTime resolvedAt;

    @Size(max = 2000)
    @Column(name = "resolution_note", length = 2000)
    private @Nullable String resolutionNote;

    @Size(max = 20)
    @Column(name = "app_version", length = 20)
    private @Nullable String appVersion;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private @Nullable Platform platform;

    /** The error message as the participant saw it on screen. */
    @Size(max = 500)
    @Column(name = "error_message", length = 500)
    private @Nullable String errorMessage;

    @Version
    @Column(nullable = false)
    private long version;

    public Complaint() {
    }

    @AssertTrue(message = "{jmo.complaint.resolvedAt}")
    boolean isResolutionTimed() {
        return status.isOpen() || resolvedAt != null;
    }

    /** Every case has a KPJ number, except a follow-up of a survey response, which has the participant's consent. */
    @AssertTrue(message = "{jmo.kpj}")
    boolean isKpjGiven() {
        return kpjNumber != null && !kpjNumber.isEmpty() || channel == ComplaintChannel.SURVEY && surveyResponseId != null;
    }

    /** Channel SURVEY belongs to follow-up cases the public survey opens, never to a case typed in by staff. */
    @AssertTrue(message = "{jmo.complaint.surveyOnly}")
    boolean isSurveyChannelFromSurvey() {
        return (channel == ComplaintChannel.SURVEY) == (surveyResponseId != null);
    }

    /** An app error report is only useful with the platform and the message the participant saw. */
    @AssertTrue(message = "{jmo.complaint.appError}")
    boolean isAppErrorDescribed() {
        return category != ComplaintCategory.APP_ERROR
                || platform != null && errorMessage != null && !errorMessage.isBlank();
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public @Nullable Branch getBranch() {
        return branch;
    }

    public void setBranch(@Nullable Branch branch) {
        this.branch = branch;
    }

    public @Nullable String getKpjNumber() {
        return kpjNumber;
    }

    public void setKpjNumber(@Nullable String kpjNumber) {
        this.kpjNumber = kpjNumber;
    }

    /** The KPJ number as most people see it: only the last three digits; "–" for a case without one. */
    /**
     * Whether {@code value} is a KPJ number as {@link #getMaskedKpjNumber()} shows it ("********866", "***"): what an
     * exported file holds in place of the number, which an import cannot take back.
     */
    static boolean isMaskedKpjNumber(String value) {
        return MASKED_KPJ.matcher(value).matches();
    }

    private static final java.util.regex.Pattern MASKED_KPJ = java.util.regex.Pattern.compile("\\*+\\d{0,3}");

    public String getMaskedKpjNumber() {
        if (kpjNumber == null || kpjNumber.isEmpty()) {
            return "–";
        }
        return kpjNumber.length() < 4 ? "***" : "*".repeat(kpjNumber.length() - 3) + kpjNumber.substring(kpjNumber.length() - 3);
    }

    /**
     * Who the case is about, as lists show it: the masked KPJ number, or for a survey follow-up the masked contact
     * ({@link ContactKind#mask}), or "–" once the contact has been erased.
     */
    public String getMaskedIdentifier() {
        if (channel != ComplaintChannel.SURVEY) {
            return getMaskedKpjNumber();
        }
        return participantContact == null || contactKind == null ? "–" : contactKind.mask(participantContact);
    }

    public @Nullable Long getSurveyResponseId() {
        return surveyResponseId;
    }

    public void setSurveyResponseId(@Nullable Long surveyResponseId) {
        this.surveyResponseId = surveyResponseId;
    }

    public @Nullable ContactKind getContactKind() {
        return contactKind;
    }

    public void setContactKind(@Nullable ContactKind contactKind) {
        this.contactKind = contactKind;
    }

    public @Nullable String getParticipantContact() {
        return participantContact;
    }

    public void setParticipantContact(@Nullable String participantContact) {
        this.participantContact = participantContact;
    }

    public @Nullable LocalDateTime getContactConsentedAt() {
        return contactConsentedAt;
    }

    public void setContactConsentedAt(@Nullable LocalDateTime contactConsentedAt) {
        this.contactConsentedAt = contactConsentedAt;
    }

    public @Nullable LocalDateTime getContactErasedAt() {
        return contactErasedAt;
    }

    public boolean isSurveyFollowUp() {
        return channel == ComplaintChannel.SURVEY;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public RogersAttribute getAttribute() {
        return attribute;
    }

    public void setAttribute(RogersAttribute attribute) {
        this.attribute = attribute;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public @Nullable AppUser getAssignee() {
        return assignee;
    }

    public void setAssignee(@Nullable AppUser assignee) {
        this.assignee = assignee;
    }

    public @Nullable LocalDateTime getFirstResponseAt() {
        return firstResponseAt;
    }

    public void setFirstResponseAt(@Nullable LocalDateTime firstResponseAt) {
        this.firstResponseAt = firstResponseAt;
    }

    public @Nullable LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(@Nullable LocalDateTime resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public @Nullable String getResolutionNote() {
        return resolutionNote;
    }

    public void setResolutionNote(@Nullable String resolutionNote) {
        this.resolutionNote = resolutionNote;
    }

    public @Nullable String getAppVersion() {
        return appVersion;
    }

    public void setAppVersion(@Nullable String appVersion) {
        this.appVersion = appVersion;
    }

    public @Nullable Platform getPlatform() {
        return platform;
    }

    public void setPlatform(@Nullable Platform platform) {
        this.platform = platform;
    }

    public @Nullable String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage;
    }

    public long getVersion() {
        return version;
    }
}
