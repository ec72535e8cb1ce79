package id.bpjs.jmo.demo;

import static id.bpjs.jmo.demo.DemoSampling.pickBranch;
import static id.bpjs.jmo.demo.DemoSampling.weighted;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.rules.KeywordRule;
import id.bpjs.jmo.rules.KeywordRules;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Coded excerpts ({@code qualitative_note}): {@link #NOTES} of them, the five Rogers attributes in turn, from
 * interviews (60 %), observations (28 %) and documents (12 %), with the study's share of positive excerpts per
 * attribute, already coded, with what the seeded keyword rules would have suggested.
 */
final class DemoExcerpts {

    /** Coded excerpts: a study-sized set spread over branches and months (every third from Purwokerto). */
    static final int NOTES = 360;

    private final JdbcTemplate jdbc;

    DemoExcerpts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SplittableRandom random, Map<String, Long> branchIds, LocalDate start, LocalDate end) {
        var sql = "insert into qualitative_note (source_type, informant_code, informant_role, noted_on, branch_id,"
                + " attribute, sentiment, body, tags, suggested_attribute, suggested_sentiment, coded_by, coded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // What the seeded keyword rules suggest for each text, as the coding workspace would have shown it.
        var rules = jdbc.query("select keyword, attribute, sentiment, weight from keyword_rule", (rs, i) ->
                new KeywordRule(rs.getString(1), RogersAttribute.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : KeywordRule.Sentiment.valueOf(rs.getString(3)), rs.getInt(4)));
        var rows = new ArrayList<Object[]>();
        var attributes = RogersAttribute.values();
        // The study's shape: share of positive excerpts per attribute.
        double[] positiveShare = {0.75, 0.45, 0.3, 0.8, 0.85};
        int days = (int) ChronoUnit.DAYS.between(start, end);
        for (int i = 0; i < NOTES; i++) {
            int a = i % 5;
            var attribute = attributes[a];
            boolean positive = random.nextDouble() < positiveShare[a];
            var source = weighted(random, List.of("INTERVIEW", "OBSERVATION", "DOCUMENT"), 60, 28, 12);
            String role;
            String code;
            String text;
            switch (source) {
                case "OBSERVATION" -> {
                    role = "STAFF";
                    code = "OBS-%02d".formatted(1 + random.nextInt(12));
                    text = "Observasi di ruang layanan: " + (positive
                            ? "peserta menyelesaikan proses di JMO tanpa bantuan; "
                            : "peserta meminta bantuan petugas di meja JMO; ")
                            + DemoTexts.pick(random, (positive ? DemoTexts.POSITIVE : DemoTexts.NEGATIVE)
                                    .get(attribute)) + ".";
                }
                case "DOCUMENT" -> {
                    role = "MANAGER";
                    code = "DOK-%02d".formatted(1 + random.nextInt(6));
                    text = "Laporan bulanan layanan: " + DemoTexts.pick(random,
                            (positive ? DemoTexts.POSITIVE : DemoTexts.NEGATIVE).get(attribute)) + ".";
                }
                default -> {
                    boolean staff = random.nextDouble() < 0.25;
                    role = staff ? "STAFF" : "PARTICIPANT";
                    code = (staff ? "S-" : "P-") + "%02d".formatted(1 + random.nextInt(staff ? 5 : 15));
                    text = DemoTexts.comment(random, attribute, positive, attribute, positive);
                }
            }
            var tags = switch (attribute) {
                case RELATIVE_ADVANTAGE -> positive ? "cepat,klaim" : "fitur";
                case COMPATIBILITY -> positive ? "sesuai kebutuhan" : "eror,update";
                case COMPLEXITY -> positive ? "mudah" : "bingung,verifikasi wajah";
                case TRIALABILITY -> positive ? "pendaftaran,mudah dicoba" : "pendaftaran";
                case OBSERVABILITY -> positive ? "status klaim,cepat" : "status klaim";
            };
            var branch = i % 3 == 0 ? "PWT" : pickBranch(random, branchIds);
            var notedOn = start.plusDays(random.nextInt(days));
            var suggestion = KeywordRules.suggest(text, RogersAttribute.COMPATIBILITY, rules);
            rows.add(new Object[] {source, code, role, java.sql.Date.valueOf(notedOn), branchIds.get(branch),
                    attribute.name(), positive ? "POSITIVE" : random.nextDouble() < 0.2 ? "MIXED" : "NEGATIVE", text,
                    tags, suggestion.fromKeywords() ? suggestion.attribute().name() : null,
                    suggestion.fromKeywords() && suggestion.sentiment() != null ? suggestion.sentiment().name() : null,
                    branch.equals("PWT") ? "petugas" : "petugas." + branch.toLowerCase(java.util.Locale.ROOT),
                    Timestamp.valueOf(notedOn.atTime(15, 0))});
        }
        jdbc.batchUpdate(sql, rows);
        return rows.size();
    }
}
