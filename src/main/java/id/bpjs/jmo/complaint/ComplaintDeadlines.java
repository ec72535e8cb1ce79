package id.bpjs.jmo.complaint;

import id.bpjs.jmo.calendar.WorkingDayCalendar;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one owner of the complaint deadline rules (issue 14): which statuses are open, a complaint's age in working
 * days, and when it is overdue or close to it. Time limits come from {@link ComplaintTimeLimits} (KemenPANRB's
 * SP4N-LAPOR! practice: first response within 3 working days, resolution within 5, both settable by an admin);
 * working days skip weekends and the holiday calendar.
 * <p>
 * Rules: a complaint is <em>open</em> while NEW, IN_PROGRESS or WAITING_FOR_PARTICIPANT. Its age is the number of
 * working days from the day it was received to today (to the day it was resolved, once resolved). An open complaint
 * is <em>overdue</em> when its age exceeds the resolution limit, or when it has no first response and its age exceeds
 * the first-response limit. It is in the <em>warning</em> band when open, not overdue, and older than the
 * first-response limit.
 * <p>
 * Every form the queries need is handed out here: a Java check ({@link #isOverdue}), SQL conditions with their
 * arguments for the raw table and for the daily aggregates ({@link #overdueSql}), and a Criteria predicate
 * ({@link #overdue(CriteriaBuilder, Root, LocalDate)}). Because the age is counted in whole days, the SQL and Criteria
 * forms compare the received time with the start of a cut-off day ({@link Cuts}), which gives the same answer as the
 * Java check for every record (ComplaintDeadlinesTest).
 */
@Component
public class ComplaintDeadlines {

    /** The open statuses, in workflow order. */
    public static final List<ComplaintStatus> OPEN = Arrays.stream(ComplaintStatus.values())
            .filter(ComplaintStatus::isOpen).toList();
    /** {@code status in ('NEW', ...)} for SQL over a table with a {@code status} column. */
    public static final String OPEN_SQL = "status in (" + OPEN.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ")) + ")";

    /**
     * Where an open complaint stands against the two limits by its age alone (working days since it was received),
     * the bands of the dashboard's "open complaints by status and age" chart, in its datasets' order. Unlike
     * {@link #isOverdue}, a complaint past the first-response limit without a first response is in
     * {@link #BEFORE_RESOLUTION_LIMIT} until its age passes the resolution limit.
     */
    public enum AgeBand {
        /** Age within the first-response limit. */
        WITHIN_FIRST_RESPONSE,
        /** Older than the first-response limit, within the resolution limit. */
        BEFORE_RESOLUTION_LIMIT,
        /** Older than the resolution limit. */
        PAST_RESOLUTION_LIMIT
    }

    /**
     * The start of the earliest day whose complaints are still within each limit on a given day: received before
     * {@code firstResponse} means older than the first-response limit, before {@code resolution} older than the
     * resolution limit.
     */
    public record Cuts(LocalDateTime firstResponse, LocalDateTime resolution) {
    }

    /** A SQL condition with its positional arguments, in order. */
    public record SqlCondition(String sql, List<Object> args) {
    }

    private final WorkingDayCalendar calendar;
    private final ComplaintTimeLimits limits;

    ComplaintDeadlines(WorkingDayCalendar calendar, ComplaintTimeLimits limits) {
        this.calendar = calendar;
        this.limits = limits;
    }

    public ComplaintTimeLimits limits() {
        return limits;
    }

    public Cuts cuts(LocalDate today) {
        return new Cuts(calendar.earliestDateWithAgeAtMost(today, limits.firstResponseDays()).atStartOfDay(),
                calendar.earliestDateWithAgeAtMost(today, limits.resolutionDays()).atStartOfDay());
    }

    /** Age in working days on {@code today}; for settled complaints, until they were resolved. */
    public int ageInWorkingDays(Complaint complaint, LocalDate today) {
        var end = complaint.getResolvedAt() != null ? complaint.getResolvedAt().toLocalDate() : today;
        return calendar.workingDaysBetween(complaint.getReceivedAt().toLocalDate(), end);
    }

    public boolean isOverdue(Complaint complaint, LocalDate today) {
        return isOverdue(complaint.getStatus(), complaint.getReceivedAt(), complaint.getFirstResponseAt() != null,
                today);
    }

    /** The Java form of the rule, for one record's status, received time and whether it had a first response. */
    public boolean isOverdue(ComplaintStatus status, LocalDateTime receivedAt, boolean responded, LocalDate today) {
        if (!status.isOpen()) {
            return false;
        }
        int age = calendar.workingDaysBetween(receivedAt.toLocalDate(), today);
        return age > limits.resolutionDays() || !responded && age > limits.firstResponseDays();
    }

    /**
     * Whether a settled case was settled within the resolution limit: its age from the day received to the day
     * resolved, in working days, is at most the limit (the same age {@link #ageInWorkingDays} gives).
     */
    public boolean settledWithinLimit(LocalDateTime receivedAt, LocalDateTime resolvedAt) {
        return calendar.workingDaysBetween(receivedAt.toLocalDate(), resolvedAt.toLocalDate())
                <= limits.resolutionDays();
    }

    /** Open, not overdue, and older than the first-response limit: shown as a warning. */
    public boolean isWarning(Complaint complaint, LocalDate today) {
        return complaint.getStatus().isOpen() && !isOverdue(complaint, today)
                && calendar.workingDaysBetween(complaint.getReceivedAt().toLocalDate(), today)
                        > limits.firstResponseDays();
    }

    /** The Java form: the age band on {@code today} of a complaint received at {@code receivedAt}. */
    public AgeBand ageBand(LocalDateTime receivedAt, LocalDate today) {
        int age = calendar.workingDaysBetween(receivedAt.toLocalDate(), today);
        if (age <= limits.firstResponseDays()) {
            return AgeBand.WITHIN_FIRST_RESPONSE;
        }
        return age <= limits.resolutionDays() ? AgeBand.BEFORE_RESOLUTION_LIMIT : AgeBand.PAST_RESOLUTION_LIMIT;
    }

    /**
     * The Criteria form over {@link Complaint}: open and in {@code band} on {@code today} (the chart's SQL compares the
     * day received with the same {@link Cuts}).
     */
    public Predicate ageBand(CriteriaBuilder cb, Root<Complaint> root, AgeBand band, LocalDate today) {
        var cuts = cuts(today);
        var received = root.<LocalDateTime>get("receivedAt");
        var open = root.get("status").in(OPEN);
        return switch (band) {
            case WITHIN_FIRST_RESPONSE -> cb.and(open, cb.greaterThanOrEqualTo(received, cuts.firstResponse()));
            case BEFORE_RESOLUTION_LIMIT -> cb.and(open, cb.lessThan(received, cuts.firstResponse()),
                    cb.greaterThanOrEqualTo(received, cuts.resolution()));
            case PAST_RESOLUTION_LIMIT -> cb.and(open, cb.lessThan(received, cuts.resolution()));
        };
    }

    /**
     * "Open and overdue on {@code today}" as SQL. {@code receivedColumn} is a timestamp or date column of the day
     * received; {@code respondedCondition} is true for rows with a first response (e.g.
     * {@code first_response_at is not null} on the raw table, {@code responded} on the daily aggregates).
     */
    public SqlCondition overdueSql(String receivedColumn, String respondedCondition, LocalDate today) {
        var cuts = cuts(today);
        return new SqlCondition("(" + OPEN_SQL + " and (" + receivedColumn + " < ? or (not (" + respondedCondition
                + ") and " + receivedColumn + " < ?)))",
                List.of(Timestamp.valueOf(cuts.resolution()), Timestamp.valueOf(cuts.firstResponse())));
    }

    /** "Open and overdue on {@code today}" as a Criteria predicate over {@link Complaint}. */
    public Predicate overdue(CriteriaBuilder cb, Root<Complaint> root, LocalDate today) {
        var cuts = cuts(today);
        return cb.and(root.get("status").in(OPEN),
                cb.or(cb.lessThan(root.get("receivedAt"), cuts.resolution()),
                        cb.and(cb.isNull(root.get("firstResponseAt")),
                                cb.lessThan(root.get("receivedAt"), cuts.firstResponse()))));
    }
}
