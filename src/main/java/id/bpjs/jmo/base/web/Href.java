package id.bpjs.jmo.base.web;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.PeriodPreset;
import id.bpjs.jmo.base.domain.ServiceChannel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A link relative to the app's root, {@code route?a=b&c=d}, built without Vaadin: names from {@link LinkNames}, each
 * name and value encoded the way the browser's {@code encodeURIComponent} (and Vaadin's {@code QueryParameters})
 * writes it, parameters in the order they were added. Immutable.
 */
public final class Href {

    private final String route;
    private final LinkedHashMap<String, String> parameters;

    private Href(String route, LinkedHashMap<String, String> parameters) {
        this.route = route;
        this.parameters = parameters;
    }

    public static Href to(String route) {
        return new Href(route, new LinkedHashMap<>());
    }

    /** The same link with one more parameter (replacing one of the same name, in its place). */
    public Href with(String name, String value) {
        var copy = new LinkedHashMap<>(parameters);
        copy.put(name, value);
        return new Href(route, copy);
    }

    /** The same link with these parameters added in their order. */
    public Href withAll(Map<String, String> more) {
        var copy = new LinkedHashMap<>(parameters);
        copy.putAll(more);
        return new Href(route, copy);
    }

    /** The same link with the record lists' filter for a custom range and a branch. */
    public Href withRange(DateRange range, @Nullable String branchCode) {
        return withAll(filter(PeriodPreset.CUSTOM, range.from().getYear(), range, branchCode, null));
    }

    /**
     * The filter's parameters in the address bar, in their order: the period's code, the year when the preset needs
     * one, the days of a custom period, the branch and the channel when chosen. {@code base.ui.FilterParams} writes
     * its filter through this, so a service's link and a page's link name a filter the same way.
     */
    public static SequencedMap<String, String> filter(PeriodPreset preset, int year, DateRange custom,
            @Nullable String branchCode, @Nullable ServiceChannel channel) {
        var map = new LinkedHashMap<String, String>();
        map.put(LinkNames.PERIOD, preset.code());
        if (preset.needsYear()) {
            map.put(LinkNames.YEAR, String.valueOf(year));
        }
        if (preset == PeriodPreset.CUSTOM) {
            map.put(LinkNames.FROM, custom.from().toString());
            map.put(LinkNames.TO, custom.to().toString());
        }
        if (branchCode != null) {
            map.put(LinkNames.BRANCH, branchCode);
        }
        if (channel != null) {
            map.put(LinkNames.CHANNEL, channelCode(channel));
        }
        return map;
    }

    /** A channel as the address bar writes it. */
    public static String channelCode(ServiceChannel channel) {
        return channel == ServiceChannel.JMO ? LinkNames.CHANNEL_JMO : LinkNames.CHANNEL_COUNTER;
    }

    /** The channel an address-bar value names, if any. */
    public static @Nullable ServiceChannel channelOf(@Nullable String code) {
        if (LinkNames.CHANNEL_JMO.equals(code)) {
            return ServiceChannel.JMO;
        }
        return LinkNames.CHANNEL_COUNTER.equals(code) ? ServiceChannel.COUNTER : null;
    }

    public String route() {
        return route;
    }

    /** The parameters in their order (a copy). */
    public SequencedMap<String, String> parameters() {
        return new LinkedHashMap<>(parameters);
    }

    /** {@code a=b&c=d}, encoded; a parameter with an empty value is written as its name alone. */
    public String queryString() {
        return parameters.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? encode(e.getKey()) : encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** {@code route?a=b&c=d}, or the route alone without parameters. */
    @Override
    public String toString() {
        var query = queryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Href href && href.route.equals(route) && href.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return route.hashCode() * 31 + parameters.hashCode();
    }

    /** JavaScript's encodeURIComponent: UTF-8 percent-encoding that keeps letters, digits and {@code -_.!~*'()}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!")
                .replace("%7E", "~").replace("%27", "'").replace("%28", "(").replace("%29", ")");
    }
}
