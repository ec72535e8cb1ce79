package id.bpjs.jmo.branch;

import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lock that serialises the recomputation of one branch's aggregate rows (complaints and survey profiles): two
 * writes in the same branch at the same moment must not both delete and re-insert the same rows.
 *
 * <p>The lock is the branch's own row. On PostgreSQL it is taken {@code FOR NO KEY UPDATE}, which does not conflict
 * with the {@code FOR KEY SHARE} lock every insert of a row referencing the branch takes for its foreign key. A plain
 * {@code FOR UPDATE} does conflict: two transactions that had each inserted a complaint or a survey response of the
 * branch then waited for each other, and PostgreSQL aborted one as a deadlock (found by the 50-session load test:
 * staff saw "Maaf, terjadi kesalahan", participants HTTP 503, and nothing was stored). H2 takes no row lock for a
 * foreign key check and has no {@code NO KEY UPDATE}, so there it is {@code FOR UPDATE}.
 */
@Component
public class BranchLocks {

    private final JdbcTemplate jdbc;
    private final String lockStatement;

    BranchLocks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.lockStatement = "select id from branch where id = ? for "
                + (isPostgres(dataSource) ? "no key update" : "update");
    }

    /**
     * Locks the given branches' aggregate rows until the caller's transaction ends, in ascending id order so two
     * transactions never wait for each other in a cycle. Must be called inside a transaction; ids of branches that
     * do not exist lock nothing.
     */
    public void lockForAggregates(Collection<Long> branchIds) {
        for (var id : new TreeSet<>(branchIds)) {
            jdbc.queryForList(lockStatement, Long.class, id);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product for the branch locks", e);
        }
    }
}
