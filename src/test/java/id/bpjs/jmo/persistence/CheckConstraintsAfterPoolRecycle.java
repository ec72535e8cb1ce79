package id.bpjs.jmo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.bpjs.jmo.demo.DemoData;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fault behind "the embedded database stops storing anything after about half an hour" (issue 12): H2 2.4.240
 * evaluated {@code CHECK (col IN (...))} through the session that created the constraint, so once the pool retired
 * the connection that ran the migrations, every insert failed with "Check constraint invalid" (h2database issues
 * 4292, 4308, 4342). Instead of waiting for Hikari's 30-minute max lifetime, the pool is made to retire every
 * connection right after the migrations; then every table with a named CHECK constraint ({@code ck_*}) gets inserts
 * (the demo data, written through the pool's new connections) and an update of every row. Fails on H2 2.4.240.
 * Subclasses run it on H2 and PostgreSQL, each on a freshly migrated database.
 */
abstract class CheckConstraintsAfterPoolRecycle {

    /**
     * Rows for tables with CHECK constraints that the demo data does not fill. A new table with a CHECK constraint
     * that neither the demo nor this map fills makes the test fail, so it cannot be forgotten.
     */
    static final Map<String, List<String>> EXTRA_INSERTS = Map.of(
            "ikm_follow_up", List.of("insert into ikm_follow_up (branch_id, period_from, period_to, plan, updated_by,"
                    + " updated_at) select id, date '2026-01-01', date '2026-06-30', 'Rencana tindak lanjut', 'admin',"
                    + " timestamp '2026-07-01 09:00:00' from branch where code = 'PWT'"),
            "alert", List.of("insert into alert (rule, branch_id, subject, open_key, opened_at, checked_at, params,"
                    + " link) select 'IKM_SAMPLE', min(id), '', 'pool-recycle', current_timestamp, current_timestamp,"
                    + " '', 'laporan-ikm' from branch"),
            "deck_subscription", List.of("insert into deck_subscription (user_id, branch_id, period_kind,"
                    + " file_format, created_at) select min(u.id), min(b.id), 'MONTHLY', 'PDF', current_timestamp"
                    + " from app_user u, branch b"));

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoData demo;

    abstract String schema();

    @Test
    void every_checked_table_accepts_inserts_and_updates_after_the_pool_retired_the_migration_connection()
            throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        var before = pool.getHikariPoolMXBean().getTotalConnections();
        assertThat(before).as("the migrations ran through the pool").isPositive();
        pool.getHikariPoolMXBean().softEvictConnections();

        demo.load(11, 300, LocalDateTime.of(2026, 11, 29, 10, 0), message -> { });
        EXTRA_INSERTS.values().forEach(statements -> statements.forEach(jdbc::update));

        var tables = jdbc.queryForList("""
                select distinct lower(table_name) from information_schema.table_constraints
                where constraint_type = 'CHECK' and lower(constraint_name) like 'ck\\_%' escape '\\'
                  and lower(table_schema) = ?
                order by 1""", String.class, schema());
        assertThat(tables).as("tables with named CHECK constraints").contains("survey_response", "complaint",
                "holiday", "app_user");
        for (var table : tables) {
            var firstColumn = jdbc.queryForObject("""
                    select lower(column_name) from information_schema.columns
                    where lower(table_name) = ? and lower(table_schema) = ? order by ordinal_position
                    fetch first 1 rows only""", String.class, table, schema());
            var rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
            assertThat(rows).as("rows inserted into %s through a new connection", table).isPositive();
            var updated = jdbc.update("update " + table + " set " + firstColumn + " = " + firstColumn);
            assertThat(updated).as("rows of %s updated through a new connection", table).isEqualTo(rows.intValue());
        }
    }
}
