package id.bpjs.jmo.base.i18n;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.Ratio;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Numbers and dates follow the reader's language: 1.234 / 4,52 / 12,5% and 27 Des 2026 in Bahasa Indonesia,
 * 1,234 / 4.52 / 12.5% and 27 Dec 2026 in English (issue 17, "Language and formats": every number a person reads
 * follows the page's locale, so an English page never shows "4,52", and a page never mixes "Des" in its text with
 * "Dec" in its charts). The locale given is reduced to one of the two languages by {@link #language(Locale)}, the one
 * place that decides which of the two a locale means; {@code null} or any other language means Bahasa Indonesia.
 *
 * <p>Decimals per kind of figure, the same in every output (page, slides, XLSX, CSV, PDF): NRR and weighted NRR
 * {@value #NRR_DIGITS}, the sum of weighted NRR {@value #WEIGHTED_SUM_DIGITS}, IKM {@value #IKM_DIGITS} (as Permen
 * PANRB 14/2017 prints them), means of 1–5 items {@value #MEAN_DIGITS}, shares as percent with
 * {@value #PERCENT_DIGITS}. Every rounding is {@link Ratio#RULE} (half up), applied once, whatever the language.
 *
 * <p>There is no number format without a locale: every caller says whose language it writes in. No export is pinned
 * to Indonesian digits either; the one CSV with decimals (the IKM report) is comma-separated with quoted cells and
 * follows the page like its XLSX and PDF, and the XLSX keeps numbers as numbers (Excel shows them in its own locale).
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

    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMM yyyy", ID);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", EN);
    private static final DateTimeFormatter DATE_TIME_ID = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", ID);
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", EN);

    private Formats() {
    }

    /**
     * The product's language for a locale: {@link #EN} for any English locale, {@link #ID} (Bahasa Indonesia, the
     * default) for everything else, including none. Every choice between the two languages goes through here; texts
     * themselves come from the translation bundles.
     */
    public static Locale language(@Nullable Locale locale) {
        return locale != null && EN.getLanguage().equals(locale.getLanguage()) ? EN : ID;
    }

    /** Whether {@link #language(Locale)} is English: for the few places that pick a file format, not a text. */
    public static boolean isEnglish(@Nullable Locale locale) {
        return language(locale) == EN;
    }

    /** A whole number with the language's grouping: 1234567 → "1.234.567" (Indonesian), "1,234,567" (English). */
    public static String number(long value, @Nullable Locale locale) {
        return NumberFormat.getIntegerInstance(language(locale)).format(value);
    }

    /**
     * A double with exactly {@code fractionDigits} decimals (≥ 0), rounded once by the product's rule
     * ({@link Ratio#round(double, int)}): 89.345, 2 → "89,35" (Indonesian), "89.35" (English).
     */
    public static String decimal(double value, int fractionDigits, @Nullable Locale locale) {
        return decimal(Ratio.round(value, fractionDigits), fractionDigits, locale);
    }

    /** The value as it is shown with {@code fractionDigits} decimals, as a number (for chart points). */
    public static double asShown(double value, int fractionDigits) {
        return Ratio.round(value, fractionDigits).doubleValue();
    }

    /** An exact quotient with exactly {@code fractionDigits} decimals (≥ 0), rounded once, in the language's digits. */
    public static String decimal(Ratio value, int fractionDigits, @Nullable Locale locale) {
        return decimal(value.rounded(fractionDigits), fractionDigits, locale);
    }

    /**
     * A decimal with exactly {@code fractionDigits} decimals (≥ 0, rounded by {@link Ratio#RULE}) and the language's
     * grouping and decimal separator: 1234.5, 1 → "1.234,5" (Indonesian), "1,234.5" (English).
     */
    public static String decimal(BigDecimal value, int fractionDigits, @Nullable Locale locale) {
        var format = NumberFormat.getNumberInstance(language(locale));
        format.setRoundingMode(Ratio.RULE);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /**
     * A share 0–1 as percent with {@value #PERCENT_DIGITS} decimal and a "%" right after it: 0.125 → "12,5%"
     * (Indonesian), "12.5%" (English). The shift by 100 is done in decimal, not in binary.
     */
    public static String percent(double share, @Nullable Locale locale) {
        return decimal(Ratio.round(share, PERCENT_DIGITS + 2).movePointRight(2), PERCENT_DIGITS, locale) + "%";
    }

    /** A share 0–1 as the percent number {@link #percent} shows (0.1255 → 12.6), for chart points. */
    public static double percentAsShown(double share) {
        return Ratio.round(share, PERCENT_DIGITS + 2).movePointRight(2).doubleValue();
    }

    /**
     * The p-value of a significance test as the product writes it: "p = 0,012" or, below 0.001, "p < 0,001" (English
     * "p = 0.012"); three decimals, rounded half up. NaN (a test not run: too few observations) gives "".
     */
    public static String pValue(double p, @Nullable Locale locale) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "p < " + decimal(0.001, 3, locale) : "p = " + decimal(p, 3, locale);
    }

    /**
     * A period as a person writes it, in the language of {@code locale}: "1 Januari – 30 Juni 2026",
     * "1 July 2025 – 30 June 2026" (different years), "1–15 Januari 2026" (one month), "5 Maret 2026" (one day).
     */
    public static String period(DateRange period, Locale locale) {
        var language = language(locale);
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
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(date);
    }

    /** A day with the month abbreviated in the reader's language: "1 Des 2026" / "1 Dec 2026". */
    public static String date(LocalDate date, @Nullable Locale locale) {
        return (isEnglish(locale) ? DATE_EN : DATE_ID).format(date);
    }

    /** A moment as "1 Des 2026 14.05" / "1 Dec 2026 14.05" (the 24-hour clock with a dot, as Indonesia writes it). */
    public static String dateTime(LocalDateTime dateTime, @Nullable Locale locale) {
        return (isEnglish(locale) ? DATE_TIME_EN : DATE_TIME_ID).format(dateTime);
    }

    /** A month as axis labels write it: "Des 2026" / "Dec 2026" ({@code pattern} e.g. "MMM yyyy", "d MMM yy"). */
    public static DateTimeFormatter datePattern(String pattern, @Nullable Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, language(locale));
    }
}
