package id.bpjs.jmo.base.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers are always written the Indonesian way (27 Nov 2026, 1.234,5), whatever the UI language:
 * the figures end up in reports and slides of an Indonesian public service unit.
 */
public final class Formats {

    public static final Locale ID = Locale.forLanguageTag("id-ID");
    public static final Locale EN = Locale.forLanguageTag("en");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", ID);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", ID);

    private Formats() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(ID).format(value);
    }

    public static String decimal(double value, int fractionDigits) {
        var format = NumberFormat.getNumberInstance(ID);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    public static String percent(double share) {
        return decimal(share * 100, 1) + "%";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }
}
