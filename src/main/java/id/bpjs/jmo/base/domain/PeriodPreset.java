package id.bpjs.jmo.base.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The periods people choose: recent months, the IKM semesters (I = January–June, II = July–December), a year, or a
 * custom range. Each has a short code for the address bar.
 */
public enum PeriodPreset {
    THIS_MONTH("bulan-ini"),
    LAST_3_MONTHS("3b"),
    LAST_6_MONTHS("6b"),
    LAST_12_MONTHS("12b"),
    SEMESTER_1("s1"),
    SEMESTER_2("s2"),
    YEAR("tahun"),
    CUSTOM("kustom");

    private final String code;

    PeriodPreset(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PeriodPreset> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public boolean needsYear() {
        return this == SEMESTER_1 || this == SEMESTER_2 || this == YEAR;
    }

    /** The range for this preset; {@code custom} is used only by CUSTOM. Ranges never end after today. */
    public DateRange range(LocalDate today, int year, DateRange custom) {
        var range = switch (this) {
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today);
            case LAST_3_MONTHS -> DateRange.lastMonths(3, today);
            case LAST_6_MONTHS -> DateRange.lastMonths(6, today);
            case LAST_12_MONTHS -> DateRange.lastMonths(12, today);
            case SEMESTER_1 -> new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            case SEMESTER_2 -> new DateRange(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
            case YEAR -> new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case CUSTOM -> custom;
        };
        if (range.to().isAfter(today) && !range.from().isAfter(today)) {
            return new DateRange(range.from(), today);
        }
        return range;
    }
}
