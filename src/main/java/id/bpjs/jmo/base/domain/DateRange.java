package id.bpjs.jmo.base.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
