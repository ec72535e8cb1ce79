package id.bpjs.jmo.base.domain;

import org.jspecify.annotations.Nullable;

/** What the dashboard and the record lists look at: a period, one branch or all, one channel or both. */
public record RecordFilter(DateRange period, @Nullable Long branchId, @Nullable ServiceChannel channel) {

    public RecordFilter withBranch(@Nullable Long branch) {
        return new RecordFilter(period, branch, channel);
    }

    public RecordFilter withPeriod(DateRange other) {
        return new RecordFilter(other, branchId, channel);
    }

    public RecordFilter withChannel(@Nullable ServiceChannel other) {
        return new RecordFilter(period, branchId, other);
    }

    /** The same filter over the period of equal length just before. */
    public RecordFilter previous() {
        return withPeriod(period.previous());
    }
}
