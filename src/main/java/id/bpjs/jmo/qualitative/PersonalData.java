package id.bpjs.jmo.qualitative;

import java.util.regex.Pattern;

/**
 * Excerpts end up on meeting slides and in exported files, so the numbers and addresses that identify a participant
 * are masked when a text is coded: KPJ (11 digits), NIK (16), phone numbers (10–13) — any run of 10 or more digits,
 * also when grouped with single spaces or dashes — and e-mail addresses. Dates (27-11-2026), amounts written the
 * Indonesian way (Rp 1.250.000.000: dots), versions and ticket numbers (PWT-2026-000020) stay.
 */
public final class PersonalData {

    static final String NUMBER = "[nomor disamarkan]";
    static final String EMAIL = "[email disamarkan]";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** 10+ digits, optionally grouped by single spaces or dashes, with an optional leading +. */
    private static final Pattern NUMBER_PATTERN = Pattern.compile("\\+?(?<![\\d.\\p{L}-])\\d(?:[ -]?\\d){9,}(?![\\d.]\\d)");

    private PersonalData() {
    }

    public static String redact(String text) {
        var withoutEmail = EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
        return NUMBER_PATTERN.matcher(withoutEmail).replaceAll(NUMBER);
    }
}
