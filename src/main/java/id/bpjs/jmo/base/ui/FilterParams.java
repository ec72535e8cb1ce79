package id.bpjs.jmo.base.ui;

import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.PeriodPreset;
import id.bpjs.jmo.base.domain.ServiceChannel;
import id.bpjs.jmo.base.web.Href;
import id.bpjs.jmo.base.web.LinkNames;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.jspecify.annotations.Nullable;

/**
 * The filter in the address bar, so that a link can be shared and the back button works:
 * {@code ?periode=12b&tahun=2026&dari=2026-01-01&sampai=2026-06-30&cabang=PWT&kanal=jmo}. Unknown or malformed
 * values fall back to the defaults instead of failing.
 */
public record FilterParams(PeriodPreset preset, int year, DateRange custom, @Nullable String branchCode,
        @Nullable ServiceChannel channel) {

    /** Parameter names in the address bar, from {@link LinkNames} (the drill-down names are in {@link Links}). */
    public static final String PERIOD = LinkNames.PERIOD;
    public static final String YEAR = LinkNames.YEAR;
    public static final String FROM = LinkNames.FROM;
    public static final String TO = LinkNames.TO;
    public static final String BRANCH = LinkNames.BRANCH;
    public static final String CHANNEL = LinkNames.CHANNEL;
    public static final List<String> NAMES = List.of(PERIOD, YEAR, FROM, TO, BRANCH, CHANNEL);

    /** Whether the address names any part of the filter (if not, the page shows the one the person last chose). */
    public static boolean mentioned(QueryParameters query) {
        return NAMES.stream().anyMatch(query.getParameters()::containsKey);
    }

    public static FilterParams defaults(LocalDate today) {
        return new FilterParams(PeriodPreset.LAST_12_MONTHS, today.getYear(), DateRange.lastMonths(1, today), null,
                null);
    }

    public DateRange range(LocalDate today) {
        return preset.range(today, year, custom);
    }

    public static FilterParams parse(QueryParameters query, LocalDate today) {
        var defaults = defaults(today);
        var params = query.getParameters();
        var preset = first(params, PERIOD).flatMap(PeriodPreset::ofCode).orElse(defaults.preset());
        int year = first(params, YEAR).filter(y -> y.matches("\\d{4}")).map(Integer::parseInt)
                .filter(y -> y >= 2015 && y <= today.getYear()).orElse(today.getYear());
        var custom = defaults.custom();
        var from = first(params, FROM).map(FilterParams::date).orElse(null);
        var to = first(params, TO).map(FilterParams::date).orElse(null);
        if (from != null && to != null && !to.isBefore(from)) {
            custom = new DateRange(from, to.isAfter(today) ? today : to);
        } else if (preset == PeriodPreset.CUSTOM) {
            preset = defaults.preset();
        }
        var branch = first(params, BRANCH).filter(code -> code.matches("[A-Z]{2,8}")).orElse(null);
        var channel = first(params, CHANNEL).map(Href::channelOf).orElse(null);
        return new FilterParams(preset, year, custom, branch, channel);
    }

    public QueryParameters toQuery() {
        return QueryParameters.simple(toMap());
    }

    /** The filter's parameters in their order, written by {@link Href#filter} as services write them too. */
    public SequencedMap<String, String> toMap() {
        return Href.filter(preset, year, custom, branchCode, channel);
    }

    /**
     * The filter limited to the branches a person may see: an unknown branch becomes "all"; someone locked to one
     * branch (staff) always gets that branch, so the filter shows what the figures really cover.
     */
    public FilterParams withinScope(java.util.Set<String> allowedCodes, boolean locked) {
        String code = branchCode;
        if (locked && allowedCodes.size() == 1) {
            code = allowedCodes.iterator().next();
        } else if (code != null && !allowedCodes.contains(code)) {
            code = null;
        }
        return new FilterParams(preset, year, custom, code, channel);
    }

    /** The same filter fixed to an explicit range (for drill-downs into a month or a week). */
    public FilterParams withRange(DateRange range) {
        return new FilterParams(PeriodPreset.CUSTOM, year, range, branchCode, channel);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> params, String name) {
        var values = params.get(name);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.getFirst());
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
