package id.bpjs.jmo.benchmark;

import id.bpjs.jmo.Application;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.survey.SurveyStatistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times each of the dashboard's queries alone (one after the other, no executor), for the 12-month filter over all
 * branches, and counts the rows of each aggregate table: where the dashboard's time goes and whether it grows with
 * the aggregates. Prints {@code PROFILE | label | query | median ms} lines and {@code ROWS | label | table | rows}.
 * Not a JUnit test (a measurement); run like {@link DashboardBenchmark}.
 */
public final class DashboardQueryProfile {

    private DashboardQueryProfile() {
    }

    public static void main(String[] args) {
        var label = args.length > 0 ? args[0] : "?";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--jmo.demo.enabled=false")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var surveys = context.getBean(SurveyStatistics.class);
            var complaints = context.getBean(ComplaintStatistics.class);
            var claims = context.getBean(ClaimStatistics.class);
            var today = LocalDate.now();
            var filter = new RecordFilter(DateRange.lastMonths(12, today), null, null);
            var queries = new LinkedHashMap<String, Supplier<?>>();
            queries.put("surveys.totals", () -> surveys.totals(filter));
            queries.put("surveys.monthly", () -> surveys.monthly(filter));
            queries.put("complaints.figures", () -> complaints.figures(filter, today));
            queries.put("complaints.perWeekAndCategory", () -> complaints.perWeekAndCategory(filter));
            queries.put("complaints.perAttribute", () -> complaints.perAttribute(filter));
            queries.put("complaints.openByStatusAndAge", () -> complaints.openByStatusAndAge(filter, today));
            queries.put("claims.paymentSpeed", () -> claims.paymentSpeed(filter));
            queries.put("claims.ratingsPerAttribute", () -> claims.ratingsPerAttribute(filter));
            for (var table : List.of("survey_daily", "complaint_daily", "complaint_monthly", "complaint_weekly", "claim_speed_daily", "claim_rating_daily",
                    "survey_response", "complaint", "jht_claim")) {
                System.out.printf(Locale.ROOT, "ROWS | %s | %s | %,d |%n", label, table,
                        jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            for (var query : queries.entrySet()) {
                for (int i = 0; i < 5; i++) {
                    query.getValue().get();
                }
                var times = new ArrayList<Double>();
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    query.getValue().get();
                    times.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(times);
                System.out.printf(Locale.ROOT, "PROFILE | %s | %s | %.1f |%n", label, query.getKey(),
                        times.get(times.size() / 2));
            }
        }
    }
}
