package id.bpjs.jmo.setup;

import id.bpjs.jmo.security.Role;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a new installation still needs before its dashboards mean anything, in the order it is done, each step
 * derived from the database (never a "done" flag that can disagree with the data):
 * <ol>
 * <li>branches, each with its served population per month (the IKM sample size) and time zone (WIB/WITA/WIT: "today"
 * and working days) — the schema requires both, so a branch row is enough;</li>
 * <li>this year's national holidays and collective leave (cuti bersama, SKB 3 Menteri): working days and time limits
 * count without them otherwise;</li>
 * <li>accounts for the people who use it: at least one manager or staff account besides the admin;</li>
 * <li>the survey poster of every branch (QR code to its public survey): downloaded, or the branch already has
 * responses.</li>
 * </ol>
 * The demo profile fills all four; the production profile starts with none (no demo data, only the first admin).
 */
@Service
@Transactional(readOnly = true)
public class SetupProgress {

    public enum Step {
        BRANCHES, HOLIDAYS, USERS, POSTERS
    }

    /** One step: whether it is done, and how far ({@code count} of {@code of}; {@code of} 0 when it is a plain yes/no). */
    public record StepState(Step step, boolean done, long count, long of) {
    }

    /**
     * All steps in order; {@link #complete()} when every one is done. {@code hasFigures}: responses or complaints are
     * recorded, so the dashboards have something to show even if a step is open again (a branch added later).
     */
    public record Progress(List<StepState> steps, boolean hasFigures) {

        public boolean complete() {
            return steps.stream().allMatch(StepState::done);
        }

        /** A new installation: steps open and nothing recorded yet, so charts would only be empty. */
        public boolean notReady() {
            return !complete() && !hasFigures;
        }
    }

    private final JdbcTemplate jdbc;

    SetupProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The set-up state for the year of {@code today}. */
    public Progress progress(LocalDate today) {
        long branches = count("select count(*) from branch");
        var from = Date.valueOf(LocalDate.of(today.getYear(), 1, 1));
        var to = Date.valueOf(LocalDate.of(today.getYear(), 12, 31));
        long national = count("select count(*) from holiday where kind = 'NATIONAL' and holiday_date between ? and ?",
                from, to);
        long leave = count("select count(*) from holiday where kind = 'COLLECTIVE_LEAVE'"
                + " and holiday_date between ? and ?", from, to);
        long people = count("select count(*) from app_user where enabled = true and role <> ?", Role.ADMIN.name());
        long posted = count("select count(*) from branch b where exists (select 1 from survey_poster p"
                + " where p.branch_id = b.id) or exists (select 1 from survey_daily d where d.branch_id = b.id)");
        boolean figures = count("select count(*) from (select 1 from survey_daily fetch first 1 rows only) s") > 0
                || count("select count(*) from (select 1 from complaint_daily fetch first 1 rows only) c") > 0;
        return new Progress(List.of(
                new StepState(Step.BRANCHES, branches > 0, branches, 0),
                new StepState(Step.HOLIDAYS, national > 0 && leave > 0, national + leave, 0),
                new StepState(Step.USERS, people > 0, people, 0),
                new StepState(Step.POSTERS, branches > 0 && posted == branches, posted, branches)), figures);
    }

    private long count(String sql, Object... args) {
        var value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
