package id.bpjs.jmo.demo;

import static id.bpjs.jmo.demo.DemoDataGenerator.BATCH;
import static id.bpjs.jmo.demo.DemoDataGenerator.MONTHS;
import static id.bpjs.jmo.demo.DemoReleases.inErrorSpike;
import static id.bpjs.jmo.demo.DemoSampling.afterLebaran;
import static id.bpjs.jmo.demo.DemoSampling.clamp;
import static id.bpjs.jmo.demo.DemoSampling.gaussian;
import static id.bpjs.jmo.demo.DemoSampling.pickBranch;
import static id.bpjs.jmo.demo.DemoSampling.weighted;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.demo.DemoReleases.Release;
import id.bpjs.jmo.demo.DemoSampling.TimeSampler;
import id.bpjs.jmo.survey.SurveyResponseRows;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Survey responses ({@code survey_response}, through {@link SurveyResponseRows}), in JDBC batches. Channel JMO 55 %,
 * counter 25 %, both 20 %; ages around 36. The five Rogers scores share a participant's mood: relative advantage good
 * (a little lower at the counter), compatibility hurt in the two weeks after an app release, complexity the weakest
 * (harder for older participants, slowly improving), trialability strong, observability strong but lower after
 * Lebaran. The overall score follows them (complexity weighs most); 60 % give a recommend score, 70 % answer the nine
 * IKM elements, 35 % write a comment (about their worst attribute when it scored 1 or 2).
 */
final class DemoSurveys {

    private final JdbcTemplate jdbc;
    private final Consumer<String> progress;

    DemoSurveys(JdbcTemplate jdbc, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    void insert(SplittableRandom random, TimeSampler sampler, int count, Map<String, Long> branchIds,
            List<Release> releases, LocalDateTime now) {
        var sql = SurveyResponseRows.INSERT;
        var attributes = RogersAttribute.values();
        long totalDays = ChronoUnit.DAYS.between(now.toLocalDate().minusMonths(MONTHS), now.toLocalDate());
        var batch = new ArrayList<Object[]>(BATCH);
        int reported = 0;
        for (int i = 0; i < count; i++) {
            var at = sampler.next();
            var day = at.toLocalDate();
            var channel = weighted(random, List.of("JMO", "COUNTER", "BOTH"), 55, 25, 20);
            int age = clamp(Math.round(36 + random.nextDouble(-1, 1) * 12 + gaussian(random) * 6), 18, 64);
            boolean usesJmo = !channel.equals("COUNTER") || random.nextDouble() < 0.4;
            double mood = gaussian(random) * 0.55;
            double progressInTime = ChronoUnit.DAYS.between(now.toLocalDate().minusMonths(MONTHS), day)
                    / (double) totalDays;
            boolean spike = inErrorSpike(releases, day);
            double[] base = {
                    4.05 - (channel.equals("COUNTER") ? 0.25 : 0),
                    3.80 - (spike ? 0.7 : 0),
                    3.00 - 0.025 * (age - 36) + 0.35 * progressInTime,
                    4.10,
                    4.15 - (afterLebaran(day) ? 0.3 : 0)};
            int[] scores = new int[5];
            for (int a = 0; a < 5; a++) {
                scores[a] = clamp(Math.round(base[a] + mood + gaussian(random) * 0.7), 1, 5);
            }
            double overallLatent = 0.15 * scores[0] + 0.25 * scores[1] + 0.35 * scores[2] + 0.10 * scores[3]
                    + 0.15 * scores[4] + gaussian(random) * 0.45;
            int overall = clamp(Math.round(overallLatent), 1, 5);
            Integer recommend = random.nextDouble() < 0.6
                    ? clamp(Math.round((overall - 1) * 2.5 + gaussian(random) * 1.2), 0, 10) : null;
            Integer[] ikm = new Integer[9];
            if (random.nextDouble() < 0.7) {
                double[] offsets = {0.1, -0.05, -0.15, 0.45, 0.05, 0.1, 0.15, -0.05, -0.1};
                for (int u = 0; u < 9; u++) {
                    ikm[u] = clamp(Math.round(1 + (overall - 1) * 0.75 + 0.35 + offsets[u] + gaussian(random) * 0.5),
                            1, 4);
                }
            }
            String comment = null;
            if (random.nextDouble() < 0.35) {
                int worst = 0;
                for (int a = 1; a < 5; a++) {
                    if (scores[a] < scores[worst]) {
                        worst = a;
                    }
                }
                int first = scores[worst] <= 2 ? worst : random.nextInt(5);
                int second = random.nextInt(5);
                comment = DemoTexts.comment(random, attributes[first], scores[first] >= 4, attributes[second],
                        scores[second] >= 4);
            }
            var branchId = branchIds.get(pickBranch(random, branchIds));
            var gender = random.nextDouble() < 0.55 ? "L" : "P";
            var education = weighted(random, List.of("SD", "SMP", "SMA", "D1_D3", "S1", "S2", "S3"),
                    5, 10, 45, 12, 24, 3.5, 0.5);
            var occupation = weighted(random, List.of("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"),
                    5, 1, 1, 60, 15, 18);
            batch.add(SurveyResponseRows.values(at, branchId, channel, gender, age, education, occupation, usesJmo,
                    new Integer[] {scores[0], scores[1], scores[2], scores[3], scores[4]}, overall, recommend, ikm,
                    comment));
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
            int percent = (int) ((i + 1) * 100L / count);
            if (percent >= reported + 10) {
                reported = percent - percent % 10;
                progress.accept("survey responses: " + reported + "% (" + (i + 1) + ")");
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }
}
