package id.bpjs.jmo.settings;

import id.bpjs.jmo.audit.SettingsTrace;
import jakarta.annotation.security.RolesAllowed;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings kept in the database, changed by admins with a trace: complaint time limits (working days) and the IKM
 * weight convention. Read often, changed rarely: values are cached and the cache is refreshed on every change made
 * through this instance. Several instances share one database, so a change made on another one must reach this one
 * too: the cached values are read again after {@code jmo.cache.shared-ttl} (default 5 s) at the latest.
 */
@Service
@Transactional
public class AppSettings {

    public static final String FIRST_RESPONSE_DAYS = "complaint.first-response-days";
    public static final String RESOLUTION_DAYS = "complaint.resolution-days";
    public static final String IKM_WEIGHT = "ikm.weight";
    /** Days a survey follow-up's contact is kept after the case is settled (UU 27/2022 retention). */
    public static final String FOLLOW_UP_RETENTION_DAYS = "follow-up.contact-retention-days";
    /** The retention without an admin's value: 30 days after settling, enough for a reopened case's call back. */
    public static final int FOLLOW_UP_RETENTION_DEFAULT = 30;
    public static final int FOLLOW_UP_RETENTION_MAX = 365;

    private final JdbcTemplate jdbc;
    private final SettingsTrace trace;
    private final LoadingCache<Boolean, Map<String, String>> cache;

    AppSettings(JdbcTemplate jdbc, SettingsTrace trace,
            @Value("${jmo.cache.shared-ttl:PT5S}") Duration sharedTtl) {
        this.jdbc = jdbc;
        this.trace = trace;
        this.cache = Caffeine.newBuilder().expireAfterWrite(sharedTtl).build(all -> load());
    }

    private Map<String, String> load() {
        var loaded = new ConcurrentHashMap<String, String>();
        jdbc.query("select setting_key, setting_value from app_setting",
                rs -> {
                    loaded.put(rs.getString(1), rs.getString(2));
                });
        return loaded;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return Optional.ofNullable(cache.get(Boolean.TRUE).get(key));
    }

    public int getInt(String key, int fallback) {
        return get(key).map(Integer::parseInt).orElse(fallback);
    }

    /** Changes a time limit (working days, at least 1). Admins only; traced. */
    @RolesAllowed("ADMIN")
    public void setWorkingDays(String key, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("settings.positive");
        }
        set(key, String.valueOf(days));
    }

    /**
     * Changes the retention of survey follow-up contacts (days after the case is settled). Admins only; traced.
     *
     * @throws IllegalArgumentException "settings.retention.range" outside 1..{@link #FOLLOW_UP_RETENTION_MAX}
     */
    @RolesAllowed("ADMIN")
    public void setFollowUpRetentionDays(int days) {
        if (days < 1 || days > FOLLOW_UP_RETENTION_MAX) {
            throw new IllegalArgumentException("settings.retention.range");
        }
        if (days != getInt(FOLLOW_UP_RETENTION_DAYS, FOLLOW_UP_RETENTION_DEFAULT)) {
            set(FOLLOW_UP_RETENTION_DAYS, String.valueOf(days));
        }
    }

    @RolesAllowed("ADMIN")
    public void set(String key, String value) {
        var before = get(key).orElse(null);
        jdbc.update("delete from app_setting where setting_key = ?", key);
        jdbc.update("insert into app_setting (setting_key, setting_value) values (?, ?)", key, value);
        cache.invalidateAll();
        var who = SecurityContextHolder.getContext().getAuthentication();
        trace.record(who == null ? "?" : who.getName(), "setting", key, before, value);
    }
}
