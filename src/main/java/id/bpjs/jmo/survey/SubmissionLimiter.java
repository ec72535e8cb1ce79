package id.bpjs.jmo.survey;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Allowances for public survey submissions, kept as Bucket4j token buckets in the table {@code survey_limit_bucket}
 * so that every app instance on one database counts against the same limits.
 * <ul>
 * <li>per device (random cookie id): tight, {@code jmo.survey.limit.per-device} per window (default 5 per hour);</li>
 * <li>per address: generous, {@code jmo.survey.limit.per-address} (default 100 per hour), so a branch Wi-Fi behind
 * NAT serves a full day's queue while a script that throws its cookies away is still stopped; IPv6 counts per /64,
 * since one client holds a whole /64;</li>
 * <li>per registered kiosk, instead of device and address: {@code jmo.survey.limit.per-kiosk} (default 60 per
 * hour, about one participant a minute at one tablet).</li>
 * </ul>
 * Buckets refill gradually (greedy) over the window; a full bucket's row expires and is purged.
 */
@Component
public class SubmissionLimiter {

    /** The allowances; counts per {@code window}. */
    public record Limits(int perDevice, int perAddress, int perKiosk, Duration window) {
    }

    /** Whether one more submission fits now, and otherwise how long until it does. */
    public record Allowance(boolean allowed, Duration retryAfter) {
    }

    static final String TABLE = "survey_limit_bucket";

    private final Limits limits;
    private final ProxyManager<String> buckets;
    private final JdbcTemplate jdbc;

    @Autowired
    SubmissionLimiter(DataSource dataSource,
            @Value("${jmo.survey.limit.per-device:5}") int perDevice,
            @Value("${jmo.survey.limit.per-address:100}") int perAddress,
            @Value("${jmo.survey.limit.per-kiosk:60}") int perKiosk,
            @Value("${jmo.survey.limit.window:PT1H}") Duration window) {
        this(dataSource, new Limits(perDevice, perAddress, perKiosk, window));
    }

    /** One limiter on {@code dataSource}; several (one per app instance) on one database share their counts. */
    public SubmissionLimiter(DataSource dataSource, Limits limits) {
        this.limits = limits;
        this.jdbc = new JdbcTemplate(dataSource);
        var settings = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)));
        this.buckets = isPostgres(dataSource) ? settings.build() : new H2BucketProxyManager(settings);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product for the survey limits", e);
        }
    }

    public Limits limits() {
        return limits;
    }

    /** Checks without counting (when the page opens): does the client have a submission left? */
    public Allowance check(SurveyClient client, @Nullable Long kioskId) {
        var wait = Duration.ZERO;
        for (var bucket : bucketsOf(client, kioskId)) {
            var probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                var nanos = Duration.ofNanos(probe.getNanosToWaitForRefill());
                wait = nanos.compareTo(wait) > 0 ? nanos : wait;
            }
        }
        return new Allowance(wait.isZero(), wait);
    }

    /**
     * Counts one submission against every allowance of the client; false (and nothing counted) when one of them is
     * used up. {@code kioskId} is a verified kiosk of the branch, or null.
     */
    public boolean tryAcquire(SurveyClient client, @Nullable Long kioskId) {
        var all = bucketsOf(client, kioskId);
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).tryConsume(1)) {
                all.subList(0, i).forEach(taken -> taken.addTokens(1));
                return false;
            }
        }
        return true;
    }

    /** Gives back what {@link #tryAcquire} counted, when the submission could not be stored after all. */
    public void refund(SurveyClient client, @Nullable Long kioskId) {
        bucketsOf(client, kioskId).forEach(bucket -> bucket.addTokens(1));
    }

    /** Deletes bucket rows that are full again (they carry no information); returns how many. */
    public int purgeExpired() {
        return jdbc.update("DELETE FROM " + TABLE + " WHERE expires_at < ?", System.currentTimeMillis());
    }

    private List<BucketProxy> bucketsOf(SurveyClient client, @Nullable Long kioskId) {
        if (kioskId != null) {
            return List.of(bucket("kiosk:" + kioskId, limits.perKiosk()));
        }
        return List.of(bucket("device:" + client.deviceId(), limits.perDevice()),
                bucket("address:" + addressKey(client.address()), limits.perAddress()));
    }

    private BucketProxy bucket(String key, int perWindow) {
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perWindow).refillGreedy(perWindow, limits.window()))
                .build();
        // a changed setting replaces the stored configuration, keeping the used share of the allowance
        long version = Objects.hash(perWindow, limits.window()) & 0x7fffffffL;
        return buckets.builder().withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.PROPORTIONALLY)
                .build(key, () -> configuration);
    }

    /** IPv4 as is; IPv6 by its /64 prefix, the block one subscriber gets. */
    static String addressKey(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            // a literal with ':' is parsed, never looked up
            var bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
