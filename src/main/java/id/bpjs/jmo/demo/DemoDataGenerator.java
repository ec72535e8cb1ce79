package id.bpjs.jmo.demo;

import static id.bpjs.jmo.demo.DemoSampling.BRANCHES;

import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.demo.DemoSampling.TimeSampler;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deterministic, realistic demo data in the shape the study found: relative advantage mostly positive with some
 * feature complaints; compatibility good but hurt by app errors (spikes after each app release); complexity the
 * weakest attribute (harder for older participants, slowly improving); trialability and observability strong; a load
 * peak after Lebaran; JHT paid faster through JMO than at the counter; a few overdue complaints.
 * <p>
 * Same seed, same {@code now} and same size give the same rows. Rows go in by JDBC batch inserts so that a million
 * responses take minutes, not hours.
 * <p>
 * This class creates the branches and runs the writers in a fixed order, each on its own split of the seed's random
 * stream: survey responses ({@link DemoSurveys}), complaints ({@link DemoComplaints}), survey follow-up cases
 * ({@link DemoFollowUps}), JHT claims ({@link DemoClaims}), coded excerpts ({@link DemoExcerpts}); the shared draws are
 * in {@link DemoSampling}, the app releases in {@link DemoReleases}. Changing the order of the splits or of the writers
 * changes every row after it.
 */
public class DemoDataGenerator {

    /** Complaints and claims are proportional to the survey responses. */
    static final double COMPLAINTS_PER_RESPONSE = 0.12;
    static final double CLAIMS_PER_RESPONSE = 0.40;
    static final int MONTHS = 24;
    /** Rows per JDBC batch. */
    static final int BATCH = 2_000;
    static final String REGIONAL_OFFICE = "Kantor Wilayah Jawa Tengah dan DIY";

    private final JdbcTemplate jdbc;
    private final DemoSurveys surveys;
    private final DemoComplaints complaints;
    private final DemoFollowUps followUps;
    private final DemoClaims claims;
    private final DemoExcerpts excerpts;

    public DemoDataGenerator(JdbcTemplate jdbc, WorkingDayCalendar calendar, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.surveys = new DemoSurveys(jdbc, progress);
        this.complaints = new DemoComplaints(jdbc, calendar, progress);
        this.followUps = new DemoFollowUps(jdbc, calendar, progress);
        this.claims = new DemoClaims(jdbc, calendar, progress);
        this.excerpts = new DemoExcerpts(jdbc);
    }

    public record Result(int branches, long responses, long complaints, long claims, long notes) {
    }

    /** Fills an empty database. {@code staffByBranch}: user ids complaints may be assigned to, per branch code. */
    public Result generate(long seed, int responses, LocalDateTime now, Map<String, List<Long>> staffByBranch) {
        var random = new SplittableRandom(seed);
        var start = now.toLocalDate().minusMonths(MONTHS).plusDays(1);
        var branchIds = branchIds();
        // The survey responses' times come from the root stream itself, drawn after its first split and before the
        // others: every later split depends on how many responses were drawn.
        var sampler = new TimeSampler(random, start, now);
        var releases = DemoReleases.releases(start, now.toLocalDate());

        surveys.insert(random.split(), sampler, responses, branchIds, releases, now);
        long complaintCount = Math.round(responses * COMPLAINTS_PER_RESPONSE);
        complaints.insert(random.split(), new TimeSampler(random.split(), start, now), complaintCount, branchIds,
                releases, staffByBranch, now);
        followUps.insert(random.split(), branchIds, staffByBranch, now);
        long claimCount = Math.round(responses * CLAIMS_PER_RESPONSE);
        claims.insert(random.split(), new TimeSampler(random.split(), start, now), claimCount, branchIds, now);
        long notes = excerpts.insert(random.split(), branchIds, start, now.toLocalDate());
        return new Result(branchIds.size(), responses, complaintCount, claimCount, notes);
    }

    /** Creates the demo branches (once) and returns their ids by code. */
    public Map<String, Long> ensureBranches() {
        for (var branch : BRANCHES) {
            var exists = jdbc.queryForObject("select count(*) from branch where code = ?", Long.class, branch.code());
            if (exists == null || exists == 0) {
                jdbc.update("insert into branch (code, name, regional_office, served_per_month) values (?, ?, ?, ?)",
                        branch.code(), branch.name(), REGIONAL_OFFICE, branch.servedPerMonth());
            }
        }
        return branchIds();
    }

    private Map<String, Long> branchIds() {
        var ids = new HashMap<String, Long>();
        jdbc.query("select id, code from branch", rs -> {
            ids.put(rs.getString("code"), rs.getLong("id"));
        });
        return ids;
    }
}
