package id.bpjs.jmo.claim;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bar of the claim-speed histogram as the claim list's drill-down value ({@code hari} in the address): working days
 * from complete documents to payment, exactly ({@code "3"}) or, for the last bar, that many or more ({@code "10+"}).
 * The dashboard writes it and the claim list reads it back through this one format.
 */
public record DaysBucket(int days, boolean orMore) {

    /** The bar {@code bar} of {@link ClaimStatistics.PaymentSpeed#buckets}: the last one holds "that many or more". */
    public static DaysBucket ofBar(int bar) {
        return new DaysBucket(bar, bar >= ClaimStatistics.MAX_DAYS_BUCKET);
    }

    /** {@code "3"} or {@code "10+"}. */
    public String value() {
        return orMore ? days + "+" : Integer.toString(days);
    }

    /** The bucket a value names; empty for a missing or malformed value (the list then shows every claim). */
    public static Optional<DaysBucket> parse(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,2}\\+?")) {
            return Optional.empty();
        }
        boolean orMore = value.endsWith("+");
        return Optional.of(new DaysBucket(Integer.parseInt(orMore ? value.substring(0, value.length() - 1) : value),
                orMore));
    }
}
