package id.bpjs.jmo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.survey.AttributeScore;
import id.bpjs.jmo.survey.SurveyStatistics;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo data is deterministic and has the shape the study found. */
@SpringBootTest(properties = "jmo.demo.enabled=false")
@ActiveProfiles("test")
class DemoDataGeneratorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 15, 30);

    @Autowired
    DemoData demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyStatistics statistics;

    @Test
    void the_same_seed_gives_the_same_data_and_another_seed_different_data() throws Exception {
        demo.clearRecords();
        demo.load(42, 1200, NOW, message -> { });
        var first = fingerprint();
        demo.clearRecords();
        demo.load(42, 1200, NOW, message -> { });
        var second = fingerprint();
        demo.clearRecords();
        demo.load(43, 1200, NOW, message -> { });
        var third = fingerprint();

        assertThat(second).isEqualTo(first);
        assertThat(third).isNotEqualTo(first);
    }

    @Test
    void the_data_has_the_shape_of_the_study() {
        demo.clearRecords();
        var result = demo.load(20261127, 6000, NOW, message -> { });
        assertThat(result.complaints()).isEqualTo(Math.round(6000 * DemoDataGenerator.COMPLAINTS_PER_RESPONSE));
        assertThat(result.claims()).isEqualTo(Math.round(6000 * DemoDataGenerator.CLAIMS_PER_RESPONSE));

        var totals = statistics.totals(new id.bpjs.jmo.base.domain.RecordFilter(
                new DateRange(NOW.toLocalDate().minusMonths(24), NOW.toLocalDate()), null, null));
        var scores = java.util.Arrays.stream(RogersAttribute.values()).map(totals::score).toList();
        var byMean = scores.stream().sorted(Comparator.comparingDouble(AttributeScore::mean)).toList();
        assertThat(byMean.getFirst().attribute()).as("weakest").isEqualTo(RogersAttribute.COMPLEXITY);
        assertThat(byMean.get(1).attribute()).as("errors hurt compatibility").isEqualTo(RogersAttribute.COMPATIBILITY);
        assertThat(byMean.getLast().mean()).isGreaterThan(3.9);

        // JHT through JMO is paid faster than at the branch.
        var jmo = averageDays("JMO");
        var branch = averageDays("BRANCH");
        assertThat(jmo).isLessThan(branch - 1.0);

        // A few complaints slipped: open and older than twenty days.
        var overdue = jdbc.queryForObject("select count(*) from complaint where status in ('NEW','IN_PROGRESS',"
                + "'WAITING_FOR_PARTICIPANT') and received_at < ?", Long.class,
                Timestamp.valueOf(NOW.minusDays(20)));
        assertThat(overdue).isBetween(3L, 60L);

        // Error reports spike in the two weeks after an app release.
        var releases = DemoReleases.releases(NOW.toLocalDate().minusMonths(24).plusDays(1), NOW.toLocalDate());
        double inSpike = 0;
        double spikeDays = 0;
        double outside = 0;
        double outsideDays = 0;
        for (var day = NOW.toLocalDate().minusMonths(24).plusDays(1); !day.isAfter(NOW.toLocalDate());
                day = day.plusDays(1)) {
            var count = jdbc.queryForObject("select count(*) from complaint where category = 'APP_ERROR'"
                    + " and received_at >= ? and received_at < ?", Long.class, Timestamp.valueOf(day.atStartOfDay()),
                    Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
            if (DemoReleases.inErrorSpike(releases, day)) {
                inSpike += count;
                spikeDays++;
            } else {
                outside += count;
                outsideDays++;
            }
        }
        assertThat(inSpike / spikeDays).isGreaterThan(2 * outside / outsideDays);

        // Claims peak in the three weeks after Lebaran 2026 (20 March).
        var afterLebaran = claimsPerDay(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 10));
        var usual = claimsPerDay(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30));
        assertThat(afterLebaran).isGreaterThan(1.3 * usual);

        // Comments read like different people wrote them.
        var distinct = jdbc.queryForObject("select count(distinct comment) from survey_response", Long.class);
        var comments = jdbc.queryForObject("select count(comment) from survey_response", Long.class);
        assertThat(distinct).isGreaterThan(comments / 4);
    }

    private double averageDays(String channel) {
        return jdbc.queryForObject("select avg(cast(working_days_to_payment as double precision)) from jht_claim"
                + " where channel = ? and outcome = 'PAID'", Double.class, channel);
    }

    private double claimsPerDay(LocalDate from, LocalDate to) {
        var count = jdbc.queryForObject("select count(*) from jht_claim where submitted_at >= ? and submitted_at < ?",
                Long.class, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()));
        return count / (double) (to.toEpochDay() - from.toEpochDay());
    }

    private String fingerprint() throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        for (var sql : new String[] {
                "select r.submitted_at, b.code, r.channel, r.gender, r.age, r.education, r.occupation, r.uses_jmo,"
                        + " r.score_relative_advantage, r.score_compatibility, r.score_complexity,"
                        + " r.score_trialability, r.score_observability, r.overall_satisfaction, r.recommend_score,"
                        + " r.u1, r.u9, r.comment from survey_response r join branch b on b.id = r.branch_id"
                        + " order by r.submitted_at, b.code, r.age, r.comment",
                "select ticket_number, received_at, channel, kpj_number, category, attribute, status, description"
                        + " from complaint order by ticket_number",
                "select claim_reference, channel, submitted_at, outcome, working_days_to_payment, speed_rating"
                        + " from jht_claim order by claim_reference",
                "select informant_code, noted_on, attribute, sentiment, body from qualitative_note"
                        + " order by noted_on, informant_code, body"}) {
            jdbc.query(sql, rs -> {
                var columns = rs.getMetaData().getColumnCount();
                var row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                digest.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
