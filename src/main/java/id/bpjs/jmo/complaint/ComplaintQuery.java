package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import org.jspecify.annotations.Nullable;

/** Which complaints a list shows: the dashboard's filter plus the list's own filters. */
public record ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
        @Nullable RogersAttribute attribute, boolean overdueOnly, @Nullable String search, boolean mine) {

    public ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
            @Nullable RogersAttribute attribute, boolean overdueOnly) {
        this(filter, status, category, attribute, overdueOnly, null, false);
    }
}
