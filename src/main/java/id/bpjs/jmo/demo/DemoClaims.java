package id.bpjs.jmo.demo;

import static id.bpjs.jmo.demo.DemoDataGenerator.BATCH;
import static id.bpjs.jmo.demo.DemoSampling.afterLebaran;
import static id.bpjs.jmo.demo.DemoSampling.clamp;
import static id.bpjs.jmo.demo.DemoSampling.gaussian;
import static id.bpjs.jmo.demo.DemoSampling.pickBranch;
import static id.bpjs.jmo.demo.DemoSampling.ts;
import static id.bpjs.jmo.demo.DemoSampling.weighted;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.demo.DemoSampling.TimeSampler;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * JHT claims ({@code jht_claim}), in JDBC batches. Up to Rp15 juta can be claimed fully in JMO since May 2025, Rp10
 * juta before; of the claims allowed there 72 % go through JMO. JHT is paid faster through JMO (mostly 1–3 working
 * days after complete documents) than at the branch (mostly 3–6), two days slower after Lebaran; 5 % are rejected.
 * 70 % of paid claims get a speed rating that falls with the days taken, some with a comment.
 */
final class DemoClaims {

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Consumer<String> progress;

    DemoClaims(JdbcTemplate jdbc, WorkingDayCalendar calendar, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.progress = progress;
    }

    void insert(SplittableRandom random, TimeSampler sampler, long count, Map<String, Long> branchIds,
            LocalDateTime now) {
        var sql = "insert into jht_claim (claim_reference, branch_id, channel, submitted_at, documents_complete_at,"
                + " outcome, outcome_at, working_days_to_payment, speed_rating, comment, attribute)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        var batch = new ArrayList<Object[]>(BATCH);
        int reported = 0;
        for (long i = 0; i < count; i++) {
            var submitted = sampler.next();
            var day = submitted.toLocalDate();
            var band = weighted(random, List.of("UP_TO_10M", "FROM_10_TO_15M", "ABOVE_15M"), 60, 20, 20);
            // Up to Rp15 juta can be claimed fully in JMO since May 2025, Rp10 juta before.
            boolean jmoAllowed = band.equals("UP_TO_10M")
                    || band.equals("FROM_10_TO_15M") && !day.isBefore(LocalDate.of(2025, 5, 1));
            var channel = jmoAllowed && random.nextDouble() < 0.72 ? "JMO" : "BRANCH";
            boolean jmo = channel.equals("JMO");
            var documentsComplete = jmo ? submitted.plusMinutes(5 + random.nextInt(120))
                    : calendar.addWorkingDays(day, weighted(random, List.of(0, 1, 2, 3), 40, 30, 20, 10))
                            .atTime(9 + random.nextInt(7), random.nextInt(60));
            if (documentsComplete.isBefore(submitted)) {
                documentsComplete = submitted.plusMinutes(30);
            }
            if (documentsComplete.isAfter(now)) {
                documentsComplete = null;
            }
            int target = jmo ? weighted(random, List.of(1, 2, 3, 4, 5, 6), 25, 32, 22, 12, 6, 3)
                    : weighted(random, List.of(2, 3, 4, 5, 6, 7, 8, 10), 8, 14, 20, 22, 15, 10, 7, 4);
            if (afterLebaran(day)) {
                target += 2;
            }
            String outcome = "PENDING";
            LocalDateTime outcomeAt = null;
            Integer workingDays = null;
            if (documentsComplete != null) {
                var decided = calendar.addWorkingDays(documentsComplete.toLocalDate(), target)
                        .atTime(10 + random.nextInt(6), random.nextInt(60));
                if (!decided.isAfter(now)) {
                    outcome = random.nextDouble() < 0.05 ? "REJECTED" : "PAID";
                    outcomeAt = decided;
                    if (outcome.equals("PAID")) {
                        workingDays = calendar.workingDaysBetween(documentsComplete, decided);
                    }
                }
            }
            Integer rating = null;
            String comment = null;
            String attribute = null;
            if (workingDays != null && random.nextDouble() < 0.7) {
                rating = clamp(Math.round(5.6 - workingDays * 0.5 + gaussian(random) * 0.6), 1, 5);
                attribute = weighted(random, List.of("RELATIVE_ADVANTAGE", "OBSERVABILITY", "COMPATIBILITY",
                        "COMPLEXITY"), 50, 30, 12, 8);
                if (random.nextDouble() < 0.3) {
                    var attr = RogersAttribute.valueOf(attribute);
                    comment = DemoTexts.comment(random, attr, rating >= 4, attr, rating >= 4);
                }
            }
            var reference = "JHT-%s-%07d".formatted(day.getYear(), i + 1);
            batch.add(new Object[] {reference, branchIds.get(pickBranch(random, branchIds)), channel,
                    Timestamp.valueOf(submitted), ts(documentsComplete), outcome, ts(outcomeAt), workingDays,
                    rating, comment, attribute});
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
            int percent = (int) ((i + 1) * 100 / count);
            if (percent >= reported + 25) {
                reported = percent - percent % 25;
                progress.accept("JHT claims: " + reported + "% (" + (i + 1) + ")");
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }
}
