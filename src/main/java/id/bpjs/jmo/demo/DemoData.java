package id.bpjs.jmo.demo;

import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.claim.ClaimAggregates;
import id.bpjs.jmo.complaint.ComplaintAggregates;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.survey.SurveyAggregates;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Demo accounts and demo data, all or nothing. */
@Service
public class DemoData {

    /** The demo accounts shown in the README. They exist only when demo data is on. */
    public record DemoAccount(String username, String password, String fullName, Role role, String branchCode) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "admin123", "Admin Sistem", Role.ADMIN, "PWT"),
            new DemoAccount("manajer", "manajer123", "Budi Santoso", Role.MANAGER, "PWT"),
            new DemoAccount("petugas", "petugas123", "Siti Rahmawati", Role.STAFF, "PWT"),
            new DemoAccount("petugas.smg", "petugas123", "Agus Wibowo", Role.STAFF, "SMG"),
            new DemoAccount("petugas.tgl", "petugas123", "Dewi Lestari", Role.STAFF, "TGL"),
            new DemoAccount("petugas.clp", "petugas123", "Eko Prasetyo", Role.STAFF, "CLP"),
            new DemoAccount("petugas.pkl", "petugas123", "Rina Kurniasih", Role.STAFF, "PKL"),
            new DemoAccount("petugas.mgl", "petugas123", "Joko Susilo", Role.STAFF, "MGL"));

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final BranchService branches;
    private final UserService users;
    private final SurveyAggregates aggregates;
    private final ClaimAggregates claimAggregates;
    private final ComplaintAggregates complaintAggregates;

    DemoData(JdbcTemplate jdbc, WorkingDayCalendar calendar, BranchService branches, UserService users,
            SurveyAggregates aggregates, ClaimAggregates claimAggregates, ComplaintAggregates complaintAggregates) {
        this.complaintAggregates = complaintAggregates;
        this.claimAggregates = claimAggregates;
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.calendar = calendar;
        this.branches = branches;
        this.users = users;
    }

    public boolean databaseIsEmpty() {
        return branches.count() == 0 && users.count() == 0;
    }

    /** Loads the demo in one transaction: all or nothing (the start-up demo, tests). */
    @Transactional
    public DemoDataGenerator.Result load(long seed, int responses, LocalDateTime now, Consumer<String> progress) {
        return generate(seed, responses, now, progress);
    }

    /**
     * Loads a large data set batch by batch, each batch committed on its own: a million rows in one transaction
     * would keep gigabytes of undo log. After a failure, run again with --replace.
     */
    public DemoDataGenerator.Result loadInBatches(long seed, int responses, LocalDateTime now,
            Consumer<String> progress) {
        var result = generate(seed, responses, now, progress);
        // Fresh planner statistics: without them PostgreSQL (where autovacuum is off or has not run yet) estimated
        // 162 rows of complaint_daily for a 12-month range that holds 49,260 and picked a bitmap scan (issue 15).
        progress.accept("planner statistics (ANALYZE)");
        jdbc.execute("ANALYZE");
        return result;
    }

    private DemoDataGenerator.Result generate(long seed, int responses, LocalDateTime now, Consumer<String> progress) {
        var generator = new DemoDataGenerator(jdbc, calendar, progress);
        generator.ensureBranches();
        var staff = ensureAccounts();
        var result = generator.generate(seed, responses, now, staff);
        progress.accept("daily survey and claim aggregates");
        aggregates.rebuild();
        claimAggregates.rebuild();
        complaintAggregates.rebuild();
        return result;
    }

    /** Removes survey, complaint, claim and note rows (not users, branches or holidays). */
    @Transactional
    public void clearRecords() {
        for (var table : List.of("survey_daily", "claim_speed_daily", "claim_rating_daily", "complaint_daily",
                "app_error_daily", "complaint_monthly", "complaint_weekly", "complaint_history", "kpj_reveal", "contact_reveal", "complaint",
                "survey_response", "ticket_sequence", "jht_claim", "qualitative_note")) {
            jdbc.update("delete from " + table);
        }
    }

    private Map<String, List<Long>> ensureAccounts() {
        var staff = new HashMap<String, List<Long>>();
        for (var account : ACCOUNTS) {
            var user = users.byUsername(account.username()).orElseGet(() -> users.createAccount(account.username(),
                    account.password(), account.fullName(), account.role(),
                    branches.byCode(account.branchCode()).orElseThrow()));
            // demo addresses (reserved .example domain) so alerts and subscribed decks have somewhere to go
            jdbc.update("update app_user set email = ? where id = ? and email is null",
                    account.username() + "@cabang.example", user.getId());
            if (account.role() == Role.STAFF) {
                staff.computeIfAbsent(account.branchCode(), code -> new ArrayList<>()).add(user.getId());
            }
        }
        return staff;
    }
}
