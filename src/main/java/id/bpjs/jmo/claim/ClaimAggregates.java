package id.bpjs.jmo.claim;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code claim_speed_daily} and {@code claim_rating_daily} exact. A claim changes after it is filed (it gets
 * paid, the participant rates its speed), so instead of adding increments, the rows of the claim's day and branch are
 * recomputed from the claims themselves: a handful of rows, always right.
 */
@Service
@Transactional
public class ClaimAggregates {

    private static final String SPEED = "select cast(submitted_at as date), branch_id, channel, working_days_to_payment,"
            + " count(*) from jht_claim where outcome = 'PAID' and working_days_to_payment is not null";
    private static final String SPEED_GROUP = " group by cast(submitted_at as date), branch_id, channel,"
            + " working_days_to_payment";
    private static final String RATING = "select cast(submitted_at as date), branch_id, channel, attribute, count(*),"
            + " sum(speed_rating) from jht_claim where speed_rating is not null and attribute is not null";
    private static final String RATING_GROUP = " group by cast(submitted_at as date), branch_id, channel, attribute";

    private final JdbcTemplate jdbc;

    ClaimAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void rebuild() {
        jdbc.update("delete from claim_speed_daily");
        jdbc.update("delete from claim_rating_daily");
        jdbc.update("insert into claim_speed_daily (submitted_date, branch_id, channel, working_days, paid) " + SPEED
                + SPEED_GROUP);
        jdbc.update("insert into claim_rating_daily (submitted_date, branch_id, channel, attribute, ratings,"
                + " rating_sum) " + RATING + RATING_GROUP);
    }

    /** Recomputes the figures of one day and branch, after a claim of that day changed. */
    public void refresh(LocalDate day, long branchId) {
        var date = Date.valueOf(day);
        var from = Timestamp.valueOf(day.atStartOfDay());
        var to = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
        jdbc.update("delete from claim_speed_daily where submitted_date = ? and branch_id = ?", date, branchId);
        jdbc.update("delete from claim_rating_daily where submitted_date = ? and branch_id = ?", date, branchId);
        var slice = " and submitted_at >= ? and submitted_at < ? and branch_id = ?";
        jdbc.update("insert into claim_speed_daily (submitted_date, branch_id, channel, working_days, paid) " + SPEED
                + slice + SPEED_GROUP, from, to, branchId);
        jdbc.update("insert into claim_rating_daily (submitted_date, branch_id, channel, attribute, ratings,"
                + " rating_sum) " + RATING + slice + RATING_GROUP, from, to, branchId);
    }
}
