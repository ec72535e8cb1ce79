package id.bpjs.jmo.base.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one source of "now" and "today". Stored wall times ({@code LocalDateTime} columns such as
 * {@code survey_response.submitted_at} or {@code complaint.received_at}) are the local time of the record's branch, so
 * they are taken here in that branch's zone; figures that span branches use the default zone ({@code jmo.time-zone},
 * Asia/Jakarta unless configured). The JVM's own zone is never used: the shipped image runs in UTC, where 01:55 WIB
 * is still the previous day.
 *
 * <p>The instant comes from a {@link Clock} bean when the context has one (tests put a fixed clock there), otherwise
 * from the system clock.
 */
@Component
public class ServiceTime {

    /** The zone a branch has until an admin sets another, and the default of {@code jmo.time-zone}. */
    public static final ZoneId DEFAULT_ZONE = IndonesianZone.WIB.zone();

    private final Clock clock;
    private final ZoneId defaultZone;

    public ServiceTime(Clock clock, ZoneId defaultZone) {
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    /**
     * @param zone {@code jmo.time-zone}, an IANA zone id; an unknown id stops the start with a message naming the
     *             setting
     */
    @Autowired
    ServiceTime(ObjectProvider<Clock> clock, @Value("${jmo.time-zone:Asia/Jakarta}") String zone) {
        this(clock.getIfAvailable(Clock::systemUTC), parse(zone));
    }

    private static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("jmo.time-zone: \"" + zone + "\" is not a time zone id (e.g. "
                    + DEFAULT_ZONE.getId() + ")", e);
        }
    }

    /**
     * The zone to use for a branch's zone that may be missing: without one, the default zone ({@code jmo.time-zone}),
     * the zone of figures that span branches and of records without a branch.
     */
    public ZoneId zone(@Nullable ZoneId zone) {
        return zone == null ? defaultZone : zone;
    }

    public Instant instant() {
        return clock.instant();
    }

    /** The wall time now in the default zone. */
    public LocalDateTime now() {
        return now(null);
    }

    /** The wall time now in {@code zone} (a branch's zone); {@code null} means the default zone. */
    public LocalDateTime now(@Nullable ZoneId zone) {
        return LocalDateTime.ofInstant(clock.instant(), zone(zone));
    }

    /** Today's date in the default zone. */
    public LocalDate today() {
        return today(null);
    }

    /** Today's date in {@code zone} (a branch's zone); {@code null} means the default zone. */
    public LocalDate today(@Nullable ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone(zone));
    }
}
