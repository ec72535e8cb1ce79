package id.bpjs.jmo.ikm;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up plan (rencana tindak lanjut) a branch publishes with its IKM for a period, as Permen PANRB 14/2017
 * asks: one text per branch and report period. Everyone may read their branch's plan; managers and admins write it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class IkmFollowUps {

    public static final int MAX_LENGTH = 4000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    private final id.bpjs.jmo.base.time.ServiceTime time;

    IkmFollowUps(JdbcTemplate jdbc, CurrentUser currentUser, id.bpjs.jmo.base.time.ServiceTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The plan of a branch for exactly this period; empty text when none was written (or not the user's branch). */
    public String plan(long branchId, DateRange period) {
        if (!Objects.equals(currentUser.allowedBranch(branchId), branchId)) {
            return "";
        }
        return jdbc.query("select plan from ikm_follow_up where branch_id = ? and period_from = ? and period_to = ?",
                rs -> rs.next() ? rs.getString(1) : "", branchId, Date.valueOf(period.from()),
                Date.valueOf(period.to()));
    }

    /**
     * Stores (or replaces) the plan of a branch for a period; a blank text removes it.
     *
     * @throws MessageKeyException {@code ikm.followUp.tooLong} when the text is longer than {@value #MAX_LENGTH}
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public void save(long branchId, DateRange period, String plan) {
        var text = plan.strip();
        if (text.length() > MAX_LENGTH) {
            throw new MessageKeyException("ikm.followUp.tooLong", MAX_LENGTH);
        }
        jdbc.update("delete from ikm_follow_up where branch_id = ? and period_from = ? and period_to = ?", branchId,
                Date.valueOf(period.from()), Date.valueOf(period.to()));
        if (!text.isEmpty()) {
            jdbc.update("insert into ikm_follow_up (branch_id, period_from, period_to, plan, updated_by, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?)", branchId, Date.valueOf(period.from()), Date.valueOf(period.to()),
                    text, currentUser.require().getUsername(), Timestamp.valueOf(time.now()));
        }
    }
}
