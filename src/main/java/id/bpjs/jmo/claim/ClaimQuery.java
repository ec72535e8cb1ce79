package id.bpjs.jmo.claim;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Which JHT claims a list shows. {@code workingDays} with {@code orMore}: paid after at least that many working days.
 */
public record ClaimQuery(RecordFilter filter, @Nullable ClaimChannel claimChannel, @Nullable Integer workingDays,
        boolean orMore, @Nullable RogersAttribute attribute) {
}
