package id.bpjs.jmo.base.i18n;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.Ratio;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers are always written the Indonesian way (27 Nov 2026, 1.234,5), whatever the UI language:
 * the figures end up in reports and slides of an Indonesian public service unit.
 *
 * <p>Decimals per kind of figure, the same in every output (page, slides, XLSX, CSV, PDF): NRR and weighted NRR
 * {@value #NRR_DIGITS}, the sum of weighted NRR {@value #WEIGHTED_SUM_DIGITS}, IKM {@value #IKM_DIGITS} (as Permen
 * PANRB 14/2017 prints them), means of 1–5 items {@value #MEAN_DIGITS}, shares as percent with
 * {@value #PERCENT_DIGITS}. Every rounding is {@link Ratio#RULE} (half up), applied once.
 */
public final class Formats {

    public static final Locale ID = Locale.forLanguageTag("id-ID");
    public static final Locale EN = Locale.forLanguageTag("en");

    public static final int NRR_DIGITS = 3;
    /** Σ weighted NRR on the 1–4 scale: four decimals × 25 gives the IKM's two exactly (3,5322 × 25 = 88,305). */
    public static final int WEIGHTED_SUM_DIGITS = 4;
    public static final int IKM_DIGITS = 2;
    public static final int MEAN_DIGITS = 2;
    public static final int PERCENT_DIGITS = 1;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", ID);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", ID);

    private Formats() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(ID).format(value);
    }

    /** A double rounded by the product's one rule ({@link Ratio#round(double, int)}). */
    public static String decimal(double value, int fractionDigits) {
        return decimal(Ratio.round(value, fractionDigits), fractionDigits);
    }

    /** An exact quotient, rounded once. */
    public static String decimal(Ratio value, int fractionDigits) {
        return decimal(value.rounded(fractionDigits), fractionDigits);
    }

    public static String decimal(BigDecimal value, int fractionDigits) {
        var format = NumberFormat.getNumberInstance(ID);
        format.setRoundingMode(Ratio.RULE);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** A share 0–1 as percent with one decimal; the shift by 100 is done in decimal, not in binary. */
    public static String percent(double share) {
        return decimal(Ratio.round(share, PERCENT_DIGITS + 2).movePointRight(2), PERCENT_DIGITS) + "%";
    }

    /**
     * A period as a person writes it, in the language of {@code locale}: "1 Januari – 30 Juni 2026",
     * "1 July 2025 – 30 June 2026" (different years), "1–15 Januari 2026" (one month), "5 Maret 2026" (one day).
     */
    public static String period(DateRange period, Locale locale) {
        var language = "en".equals(locale.getLanguage()) ? EN : ID;
        var from = period.from();
        var to = period.to();
        var full = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
        if (from.equals(to)) {
            return full.format(to);
        }
        if (from.getYear() != to.getYear()) {
            return full.format(from) + " – " + full.format(to);
        }
        if (from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + full.format(to);
        }
        return DateTimeFormatter.ofPattern("d MMMM", language).format(from) + " – " + full.format(to);
    }

    /** A date written out, as under a signature: "29 November 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", "en".equals(locale.getLanguage()) ? EN : ID).format(date);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }
}
