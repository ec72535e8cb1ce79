package id.bpjs.jmo.coding;

import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * Excerpts end up on meeting slides and in exported files, so the numbers and addresses that identify a participant
 * are masked when a text is coded: KPJ (11 digits), NIK (16), phone numbers (10–13) — any run of 10 or more digits,
 * also when glued to a word ("KPJ12345678901") or grouped with single spaces or dashes — mobile numbers grouped with
 * dots (0812.3456.7890), and e-mail addresses. Dates (27-11-2026), amounts written the Indonesian way
 * (Rp 1.250.000.000), versions and ticket numbers (PWT-2026-000020) stay.
 */
public final class PersonalData {

    static final String NUMBER = "[nomor disamarkan]";
    static final String EMAIL = "[email disamarkan]";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** Complaint tickets: kept as they are (they are not personal and would otherwise look like long numbers). */
    private static final Pattern TICKET = Pattern.compile("\\b[A-Z]{2,8}-\\d{4}-\\d{1,8}\\b");
    /** 10+ digits, optionally grouped by single spaces or dashes, with an optional leading +. */
    private static final Pattern NUMBER_PATTERN = Pattern.compile("\\+?(?<![\\d.])\\d(?:[ -]?\\d){9,}(?![\\d.]\\d)");
    /** Indonesian mobile numbers grouped with dots: 08xx or +62 8xx, then groups of 3–4 digits. */
    private static final Pattern DOTTED_MOBILE = Pattern.compile("(?:\\+62|0)8\\d{1,3}(?:\\.\\d{3,4}){2,3}(?![\\d])");
    private static final String KEEP = "\u0000";

    private PersonalData() {
    }

    public static String redact(String text) {
        var kept = new ArrayList<String>();
        var tickets = TICKET.matcher(text);
        var protectedText = new StringBuilder();
        while (tickets.find()) {
            kept.add(tickets.group());
            tickets.appendReplacement(protectedText, KEEP + (kept.size() - 1) + KEEP);
        }
        tickets.appendTail(protectedText);
        var masked = EMAIL_PATTERN.matcher(protectedText).replaceAll(EMAIL);
        masked = DOTTED_MOBILE.matcher(masked).replaceAll(NUMBER);
        masked = NUMBER_PATTERN.matcher(masked).replaceAll(NUMBER);
        for (int i = 0; i < kept.size(); i++) {
            masked = masked.replace(KEEP + i + KEEP, kept.get(i));
        }
        return masked;
    }
}
