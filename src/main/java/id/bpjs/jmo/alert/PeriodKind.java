package id.bpjs.jmo.alert;

import id.bpjs.jmo.base.domain.DateRange;
import java.time.LocalDate;

/** How often a subscribed deck comes: per calendar month, or per IKM semester (January–June, July–December). */
public enum PeriodKind {
    MONTHLY,
    SEMESTER;

    /** The last period that ended before {@code today}: last month, or the semester before the running one. */
    public DateRange lastComplete(LocalDate today) {
        return switch (this) {
            case MONTHLY -> {
                var first = today.withDayOfMonth(1).minusMonths(1);
                yield new DateRange(first, first.plusMonths(1).minusDays(1));
            }
            case SEMESTER -> today.getMonthValue() <= 6
                    ? new DateRange(LocalDate.of(today.getYear() - 1, 7, 1), LocalDate.of(today.getYear() - 1, 12, 31))
                    : new DateRange(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 6, 30));
        };
    }
}
