package id.bpjs.jmo.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules a person can follow: at least 10 characters with a letter and a digit, not the user name, and not
 * one of the passwords people most often choose. Returns the translation key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    /** Common choices, including the local ones (the agency's and the app's names). */
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "passw0rd",
            "1234567890", "12345678910", "qwertyuiop", "qwerty1234", "admin12345", "administrator", "iloveyou123",
            "bpjs123456", "bpjskesehatan", "bpjsketenagakerjaan", "jamsostek", "jamsostek123", "jmo1234567",
            "indonesia1", "indonesia123", "purwokerto1", "semarang123", "welcome123", "selamatdatang", "rahasia123",
            "katasandi1", "katasandi123", "bismillah1", "bismillah123");

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return Optional.of("password.letterAndDigit");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }
}
