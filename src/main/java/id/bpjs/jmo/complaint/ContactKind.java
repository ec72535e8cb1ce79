package id.bpjs.jmo.complaint;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a participant asked to be contacted about a low survey score: an Indonesian phone number or an e-mail address.
 * Both are personal data under UU 27/2022: stored normalised, shown masked, revealed only with a record.
 */
public enum ContactKind {
    /** Indonesian mobile or fixed number, stored as 0… with 9 to 13 digits. */
    PHONE,
    /** An e-mail address, stored in lower case. */
    EMAIL;

    private static final Pattern EMAIL_FORM = Pattern.compile("[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,189}\\.[a-z]{2,24}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().-]");

    /** A contact as typed, read as one of the two kinds and normalised. */
    public record Contact(ContactKind kind, String value) {
    }

    /**
     * Reads what a participant typed: "0812-3456-7890", "+62 812 3456 7890", "62812…" become "081234567890"; an
     * e-mail address is trimmed and lower-cased. Empty when it is neither.
     */
    public static Optional<Contact> parse(String typed) {
        var text = typed.strip();
        if (text.contains("@")) {
            var email = text.toLowerCase(Locale.ROOT);
            return EMAIL_FORM.matcher(email).matches() && !email.contains("..")
                    ? Optional.of(new Contact(EMAIL, email)) : Optional.empty();
        }
        var digits = PHONE_SEPARATORS.matcher(text).replaceAll("");
        if (digits.startsWith("+62")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("62")) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0\\d{8,12}") ? Optional.of(new Contact(PHONE, digits)) : Optional.empty();
    }

    /**
     * The contact as lists show it: a phone number keeps its last three digits ("*********890"), an e-mail address
     * its first letter and its domain ("b***@example.com").
     */
    public String mask(String contact) {
        if (this == EMAIL) {
            int at = contact.indexOf('@');
            return at <= 0 ? "***" : contact.charAt(0) + "***" + contact.substring(at);
        }
        return contact.length() < 4 ? "***" : "*".repeat(contact.length() - 3) + contact.substring(contact.length() - 3);
    }
}
