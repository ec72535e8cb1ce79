package id.bpjs.jmo.base.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * The date and time of an imported row, as spreadsheets and form tools write it, read the same way by every import.
 *
 * <p>Accepted shapes: {@code 2024-01-08 13:07:45} (also with {@code T}, {@code /} or {@code .}, without seconds, or
 * date only), Google Forms' {@code 2024/01/08 1:07:45 PM GMT+7}, {@code 08/01/2024 13:07:45} and
 * {@code 1/8/2024 13:07:45} (two-digit years as 20yy), a 12-hour clock with AM/PM, an offset ({@code GMT+7},
 * {@code UTC+07:00}, {@code +0700}, {@code Z}, and Indonesia's {@code WIB}/{@code WITA}/{@code WIT}) and Excel date
 * serial numbers (a date cell saved as a plain number). A time with an offset is converted to the wall time of the
 * branch's zone (default {@link #DEFAULT_ZONE}); one without is taken as that zone's wall time.
 *
 * <p>Day/month order of {@code a/b/yyyy} is decided for the whole column ({@link #forColumn}): a first part above 12
 * anywhere means day first, a second part above 12 means month first. When the column gives no evidence and a value
 * could be read both ways, that value is refused with a message asking for the order, unless the person chose one.
 * Times before {@link #EARLIEST} or after now (in the zone) are refused.
 */
public final class ImportTimestamps {

    /** How {@code a/b/yyyy} is read. */
    public enum DateOrder {
        /** Decided from the column; values the column cannot decide are refused. */
        AUTO,
        /** {@code 08/01/2024} is 8 January (Indonesian and most Google Forms locales). */
        DAY_FIRST,
        /** {@code 1/8/2024} is 8 January (Google Forms in English (US)). */
        MONTH_FIRST
    }

    /** The zone of a branch until each branch has its own (WIB). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
    /** No SKM or complaint data predates this; year 0001 or 1900 is a broken cell. */
    public static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final String TIME = "(?:[ T]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*([AaPp])\\.?\\s*[Mm]\\.?)?)?";
    private static final String ZONE = "\\s*(Z|(?:GMT|UTC)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|WIB|WITA|WIT)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})" + TIME
            + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC)?\\s*([+-])(\\d{1,2}):?(\\d{2})?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, ZoneOffset> INDONESIAN_ZONES = Map.of("WIB", ZoneOffset.ofHours(7), "WITA",
            ZoneOffset.ofHours(8), "WIT", ZoneOffset.ofHours(9));
    /** Excel serials from 2000-01-01 to 2099-12-31; a number outside is not read as a date. */
    private static final double FIRST_SERIAL = 36_526;
    private static final double LAST_SERIAL = 73_050;

    /**
     * A parsed time, or the translation key ({@code import.time.*}) and arguments of why the value was refused.
     */
    public record Result(@Nullable LocalDateTime value, @Nullable String errorKey, Object[] arguments) {

        public boolean ok() {
            return value != null;
        }

        static Result of(LocalDateTime value) {
            return new Result(value, null, new Object[0]);
        }

        static Result error(String key, Object... arguments) {
            return new Result(null, key, arguments);
        }
    }

    private final DateOrder order;
    private final ZoneId zone;
    private final LocalDateTime latest;

    private ImportTimestamps(DateOrder order, ZoneId zone, LocalDateTime latest) {
        this.order = order;
        this.zone = zone;
        this.latest = latest;
    }

    /**
     * A reader for one column: decides the day/month order from all its values when {@code requested} is AUTO.
     *
     * @param zone the branch's zone: offsets in the file are converted to its wall time, "now" is taken there
     */
    public static ImportTimestamps forColumn(Iterable<String> values, DateOrder requested, ZoneId zone) {
        return new ImportTimestamps(requested == DateOrder.AUTO ? decide(values) : requested, zone,
                LocalDateTime.now(zone));
    }

    /** As {@link #forColumn(Iterable, DateOrder, ZoneId)} with a fixed "now", for tests. */
    static ImportTimestamps forColumn(Iterable<String> values, DateOrder requested, ZoneId zone, LocalDateTime now) {
        return new ImportTimestamps(requested == DateOrder.AUTO ? decide(values) : requested, zone, now);
    }

    /** The order the column shows, or AUTO when it shows none (or both). */
    public static DateOrder decide(Iterable<String> values) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (var value : values) {
            var m = YEAR_LAST.matcher(value.strip());
            if (m.matches()) {
                dayFirst |= Integer.parseInt(m.group(1)) > 12;
                monthFirst |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        return dayFirst == monthFirst ? DateOrder.AUTO : dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    /** The order this column is read in (AUTO when undecided). */
    public DateOrder order() {
        return order;
    }

    /**
     * Reads one cell.
     *
     * @param dateOnly the time of day given to a value without one
     */
    public Result parse(String text, LocalTime dateOnly) {
        var value = text.strip();
        if (value.isEmpty()) {
            return Result.error("import.time.missing");
        }
        LocalDateTime time;
        try {
            time = read(value, dateOnly);
        } catch (AmbiguousOrder e) {
            return Result.error("import.time.ambiguousOrder", value);
        } catch (DateTimeException | NumberFormatException e) {
            return Result.error("import.time.notADate", value);
        }
        if (time == null) {
            return Result.error("import.time.notADate", value);
        }
        if (time.isBefore(EARLIEST) || time.isAfter(latest)) {
            return Result.error("import.time.outOfRange", value);
        }
        return Result.of(time);
    }

    private static final class AmbiguousOrder extends RuntimeException {

        AmbiguousOrder() {
            super(null, null, false, false);
        }
    }

    private @Nullable LocalDateTime read(String value, LocalTime dateOnly) {
        if (SERIAL.matcher(value).matches()) {
            double serial = Double.parseDouble(value);
            if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
                return null;
            }
            return DateUtil.getLocalDateTime(serial, false, true);
        }
        Matcher m = YEAR_FIRST.matcher(value);
        int year;
        int month;
        int day;
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else {
            m = YEAR_LAST.matcher(value);
            if (!m.matches()) {
                return null;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += 2000;
            }
            var effective = order;
            if (effective == DateOrder.AUTO) {
                if (first == second || second > 12) {
                    effective = DateOrder.MONTH_FIRST;
                } else if (first > 12) {
                    effective = DateOrder.DAY_FIRST;
                } else {
                    throw new AmbiguousOrder();
                }
            }
            day = effective == DateOrder.DAY_FIRST ? first : second;
            month = effective == DateOrder.DAY_FIRST ? second : first;
        }
        var date = LocalDate.of(year, month, day);
        if (m.group(4) == null) {
            return date.atTime(dateOnly);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        var half = m.group(7);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            // 12:05:33 AM is five past midnight, 12:40 PM is twenty to one
            boolean pm = half.toUpperCase(Locale.ROOT).equals("P");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        var wall = date.atTime(hour, minute, second);
        var offset = offset(m.group(8));
        return offset == null ? wall : wall.atOffset(offset).atZoneSameInstant(zone).toLocalDateTime();
    }

    private static @Nullable ZoneOffset offset(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
        if (upper.equals("Z") || upper.equals("GMT") || upper.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (INDONESIAN_ZONES.containsKey(upper)) {
            return INDONESIAN_ZONES.get(upper);
        }
        var m = OFFSET.matcher(upper);
        if (!m.matches()) {
            throw new DateTimeException(text);
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return ZoneOffset.ofHoursMinutes(m.group(1).equals("-") ? -hours : hours, m.group(1).equals("-")
                ? -minutes : minutes);
    }
}
