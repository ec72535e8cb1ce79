package id.bpjs.jmo.complaint;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * The order of JMO app versions as releases are numbered: numeric parts compare as numbers, so 3.10 comes after 3.9
 * and 2.10.0 after 2.9.4 (a text sort puts them the other way round). Parts are split at dots, dashes and every change
 * between digits and letters; a version that is a prefix of another comes first (3.1 before 3.1.1); non-numeric parts
 * compare as text, ignoring case, and after numeric ones. The blank version (a report that named none) comes first.
 */
public final class AppVersion {

    /** Ascending: the oldest version first. */
    public static final Comparator<String> ORDER = AppVersion::compare;

    private AppVersion() {
    }

    static int compare(String left, String right) {
        var a = parts(left);
        var b = parts(right);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int result = comparePart(a[i], b[i]);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static String[] parts(String version) {
        var trimmed = version.trim();
        return trimmed.isEmpty() ? new String[0]
                : trimmed.split("[.\\-_+\\s]+|(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
    }

    private static int comparePart(String a, String b) {
        boolean numberA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean numberB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (numberA && numberB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareToIgnoreCase(b);
    }
}
