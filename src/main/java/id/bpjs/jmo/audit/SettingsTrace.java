package id.bpjs.jmo.audit;

import id.bpjs.jmo.base.time.ServiceTime;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trace of changes to the settings the numbers depend on. Written in the same transaction as the change, never
 * edited; listed for admins and managers.
 */
@Service
@Transactional
public class SettingsTrace {

    /** One recorded change. */
    public record Change(LocalDateTime changedAt, String changedBy, String area, String item, @Nullable String oldValue,
            @Nullable String newValue) {
    }

    private final JdbcTemplate jdbc;

    private final ServiceTime time;

    /** @param time settings are not a branch's: changes are stamped in the default zone */
    SettingsTrace(JdbcTemplate jdbc, ServiceTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    public void record(String who, String area, String item, @Nullable String oldValue, @Nullable String newValue) {
        jdbc.update("insert into settings_change (changed_at, changed_by, area, item, old_value, new_value)"
                + " values (?, ?, ?, ?, ?, ?)", Timestamp.valueOf(time.now()), who, area, cut(item),
                cut(oldValue), cut(newValue));
    }

    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed({"ADMIN", "MANAGER"})
    public List<Change> recent(int limit) {
        return jdbc.query("select changed_at, changed_by, area, item, old_value, new_value from settings_change"
                + " order by changed_at desc, id desc limit ?", (rs, row) -> new Change(
                rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)), limit);
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 997) + "…";
    }
}
