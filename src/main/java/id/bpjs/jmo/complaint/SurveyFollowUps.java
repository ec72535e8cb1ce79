package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.settings.AppSettings;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint side of the closed loop with the participant (issue 16 §3): the public survey hands over a low
 * overall score (1–2) whose participant consented to be contacted, and a follow-up case opens in the complaint
 * workflow (channel SURVEY, category SURVEY_FOLLOW_UP) with the usual time limits ({@link ComplaintDeadlines}),
 * assignment and history. The contact is personal data (UU 27/2022): shown masked, revealed with a record
 * ({@link ComplaintService#revealContact}), and erased {@link #retentionDays()} days after the case is settled.
 * <p>
 * The survey calls this port; the complaint package knows nothing of the survey (no cycle, ArchitectureTest).
 */
@Service
public class SurveyFollowUps {

    /** Who the history names for a case the survey opened (no logged-in user). */
    public static final String RECORDED_BY = "survei-publik";
    /** Who the history names for the erasure after retention. */
    public static final String ERASED_BY = "retensi-data";
    /** Highest overall-satisfaction score (1–5 item) that is followed up. */
    public static final int LOW_SCORE_MAX = 2;

    /**
     * What the survey hands over: the response (stored), its branch and time (branch-local), its overall score, its
     * lowest Rogers item (the case's attribute), the comment, the parsed contact and the moment of consent.
     */
    public record Request(long surveyResponseId, Branch branch, LocalDateTime submittedAt, int overallSatisfaction,
            RogersAttribute lowestAttribute, @Nullable String comment, ContactKind.Contact contact) {
    }

    private final ComplaintService complaints;
    private final AppSettings settings;
    private final JdbcTemplate jdbc;

    SurveyFollowUps(ComplaintService complaints, AppSettings settings, JdbcTemplate jdbc) {
        this.complaints = complaints;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * Opens the follow-up case in the caller's transaction (the survey response and its case are stored together or
     * not at all); returns its ticket number.
     *
     * @throws IllegalArgumentException when the score is not low (above {@link #LOW_SCORE_MAX})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String open(Request request) {
        if (request.overallSatisfaction() < 1 || request.overallSatisfaction() > LOW_SCORE_MAX) {
            throw new IllegalArgumentException("Only an overall score of 1 to " + LOW_SCORE_MAX + " is followed up, got "
                    + request.overallSatisfaction());
        }
        var draft = new Complaint();
        draft.setChannel(ComplaintChannel.SURVEY);
        draft.setCategory(ComplaintCategory.SURVEY_FOLLOW_UP);
        draft.setAttribute(request.lowestAttribute());
        draft.setSeverity(request.overallSatisfaction() == 1 ? Severity.HIGH : Severity.MEDIUM);
        draft.setBranch(request.branch());
        draft.setReceivedAt(request.submittedAt().withSecond(0).withNano(0));
        draft.setKpjNumber(null);
        draft.setSurveyResponseId(request.surveyResponseId());
        draft.setContactKind(request.contact().kind());
        draft.setParticipantContact(request.contact().value());
        draft.setContactConsentedAt(request.submittedAt());
        var comment = request.comment() == null || request.comment().isBlank() ? ""
                : " Komentar: \u201c" + abbreviate(request.comment().strip(), 3000) + "\u201d";
        draft.setDescription("Skor kepuasan keseluruhan " + request.overallSatisfaction() + " dari 5 pada survei"
                + " publik; peserta setuju dihubungi untuk tindak lanjut." + comment);
        return complaints.createFollowUp(draft, RECORDED_BY).getTicketNumber();
    }

    /** The retention period of follow-up contacts in days after the case is settled: the admin's value or {@link AppSettings#FOLLOW_UP_RETENTION_DEFAULT}. */
    public int retentionDays() {
        return settings.getInt(AppSettings.FOLLOW_UP_RETENTION_DAYS, AppSettings.FOLLOW_UP_RETENTION_DEFAULT);
    }

    /** Changes the retention period (admins only; traced like every setting): {@link AppSettings#setFollowUpRetentionDays}. */
    @RolesAllowed("ADMIN")
    public void setRetentionDays(int days) {
        settings.setFollowUpRetentionDays(days);
    }

    /**
     * Erases the contacts of follow-up cases settled (resolved or closed) more than {@link #retentionDays()} days
     * before {@code today} (dates in the case's branch-local time, as stored): the contact becomes null, the erasure
     * time is kept and written to the history. Run daily by the scheduled job under the job lock. Returns how many
     * contacts were erased.
     */
    @Transactional
    public int eraseExpiredContacts(LocalDateTime now) {
        var cut = Timestamp.valueOf(now.toLocalDate().minusDays(retentionDays()).atStartOfDay());
        // settled = not open, by the one rule of ComplaintDeadlines
        var ids = jdbc.queryForList("select id from complaint where channel = 'SURVEY' and participant_contact is not"
                + " null and not (" + ComplaintDeadlines.OPEN_SQL + ") and resolved_at < ?", Long.class, cut);
        for (long id : ids) {
            jdbc.update("update complaint set participant_contact = null, contact_erased_at = ?, version = version + 1"
                    + " where id = ?", Timestamp.valueOf(now), id);
            jdbc.update("insert into complaint_history (complaint_id, changed_at, changed_by, field, old_value,"
                    + " new_value, note) values (?, ?, ?, 'participantContact', '***', null, ?)", id,
                    Timestamp.valueOf(now), ERASED_BY, "retensi " + retentionDays() + " hari");
        }
        return ids.size();
    }

    /** The contact erasure day of a settled case: resolution day + retention days; null while open. */
    public @Nullable LocalDate erasureDay(Complaint complaint) {
        var resolved = complaint.getResolvedAt();
        return complaint.getStatus().isOpen() || resolved == null ? null
                : resolved.toLocalDate().plusDays(retentionDays() + 1L);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
