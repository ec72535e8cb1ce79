package id.bpjs.jmo.base.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A period of whole days, from {@code from} up to and including {@code to}. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
    }

    /** The last {@code months} months ending today, e.g. 12 → the same day a year ago + 1 up to today. */
    public static DateRange lastMonths(int months, LocalDate today) {
        return new DateRange(today.minusMonths(months).plusDays(1), today);
    }

    /** The calendar month {@code month}, first to last day. */
    public static DateRange of(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    /** The seven days from {@code monday} (the start of a week bucket) to the Sunday after it. */
    public static DateRange weekFrom(LocalDate monday) {
        return new DateRange(monday, monday.plusDays(6));
    }

    /**
     * The part of this range inside {@code period} (a drill-down from a week or month bucket at the period's edge
     * opens only the period's days), or {@code period} itself when the two do not overlap.
     */
    public DateRange within(DateRange period) {
        var start = from.isBefore(period.from()) ? period.from() : from;
        var end = to.isAfter(period.to()) ? period.to() : to;
        return end.isBefore(start) ? period : new DateRange(start, end);
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first instant after the period, for half-open queries ({@code < endExclusive}). */
    public LocalDateTime endExclusive() {
        return to.plusDays(1).atStartOfDay();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of equal length just before this one, for "change against the previous period". */
    public DateRange previous() {
        return new DateRange(from.minusDays(days()), from.minusDays(1));
    }
}
