package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Which complaints a list shows: the dashboard's filter plus the list's own filters. A search for a ticket or KPJ
 * number finds that record whatever the period; a {@link ComplaintQueue} may ignore the period too. An app version
 * ("3.2.0") or a platform narrows the list to the error reports that named it. {@code mine} is the reader's own
 * work, {@code assigneeId} one person's (an assignee's deadline alert links to it); either stays within the reader's
 * branch scope like every other filter. {@code ageBand} keeps the open complaints in one band of the dashboard's age
 * chart (a click on a bar opens exactly the complaints it counts).
 */
public record ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
        @Nullable RogersAttribute attribute, boolean overdueOnly, @Nullable String search, boolean mine,
        @Nullable ComplaintQueue queue, @Nullable String appVersion, @Nullable Platform platform,
        @Nullable Long assigneeId, ComplaintDeadlines.@Nullable AgeBand ageBand) {

    public ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
            @Nullable RogersAttribute attribute, boolean overdueOnly, @Nullable String search, boolean mine,
            @Nullable ComplaintQueue queue, @Nullable String appVersion, @Nullable Platform platform,
            @Nullable Long assigneeId) {
        this(filter, status, category, attribute, overdueOnly, search, mine, queue, appVersion, platform, assigneeId,
                null);
    }

    public ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
            @Nullable RogersAttribute attribute, boolean overdueOnly, @Nullable String search, boolean mine,
            @Nullable ComplaintQueue queue, @Nullable String appVersion, @Nullable Platform platform) {
        this(filter, status, category, attribute, overdueOnly, search, mine, queue, appVersion, platform, null);
    }

    public ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
            @Nullable RogersAttribute attribute, boolean overdueOnly, @Nullable String search, boolean mine,
            @Nullable ComplaintQueue queue) {
        this(filter, status, category, attribute, overdueOnly, search, mine, queue, null, null);
    }

    public ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
            @Nullable RogersAttribute attribute, boolean overdueOnly, @Nullable String search, boolean mine) {
        this(filter, status, category, attribute, overdueOnly, search, mine, null);
    }

    public ComplaintQuery(RecordFilter filter, @Nullable ComplaintStatus status, @Nullable ComplaintCategory category,
            @Nullable RogersAttribute attribute, boolean overdueOnly) {
        this(filter, status, category, attribute, overdueOnly, null, false, null);
    }

    /**
     * The same list narrowed to one queue, without the list's status, overdue, age band, search and "mine" choices (an
     * assignee chosen by the address stays, like the category).
     */
    public ComplaintQuery inQueue(ComplaintQueue chosen) {
        return new ComplaintQuery(filter, null, category, attribute, false, null, false, chosen, appVersion,
                platform, assigneeId);
    }
}
