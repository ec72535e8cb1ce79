package id.bpjs.jmo.benchmark;

import id.bpjs.jmo.Application;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.dashboard.DashboardService;
import id.bpjs.jmo.findings.DeckBuilder;
import id.bpjs.jmo.findings.DeckPdf;
import id.bpjs.jmo.findings.DeckPptx;
import id.bpjs.jmo.findings.FindingsService;
import id.bpjs.jmo.security.UserService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long loading all of the dashboard's data takes, on whatever database the environment points at (see
 * docs/PERFORMANCE.md; run through {@code ./app benchmark}). Prints one Markdown table row:
 * label | survey responses | median ms (12 months, all branches) | median ms (12 months, one branch and channel)
 * | median ms of one raw scan of the responses for the same 12 months (what the daily aggregates avoid)
 * | median ms of the findings (12 months, one branch: dashboard figures + coded excerpts) | median ms of writing
 * their deck as PPTX | median ms as PDF (charts drawn on the server).
 * Not a JUnit test: timings on a shared machine are measurements, not assertions.
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) {
        var label = args.length > 0 ? args[0] : "?";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--jmo.demo.enabled=false")) {
            var users = context.getBean(UserService.class);
            var manager = users.loadUserByUsername("manajer");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            var dashboard = context.getBean(DashboardService.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var today = LocalDate.now();
            var all = new RecordFilter(DateRange.lastMonths(12, today), null, null);
            var pwt = jdbc.queryForObject("select id from branch where code = 'PWT'", Long.class);
            var one = new RecordFilter(DateRange.lastMonths(12, today), pwt, id.bpjs.jmo.base.domain.ServiceChannel.JMO);
            long responses = jdbc.queryForObject("select count(*) from survey_response", Long.class);

            for (int i = 0; i < 5; i++) {
                dashboard.load(all, today);
                dashboard.load(one, today);
            }
            var allTimes = new ArrayList<Double>();
            var oneTimes = new ArrayList<Double>();
            var rawTimes = new ArrayList<Double>();
            for (int i = 0; i < rounds; i++) {
                allTimes.add(time(() -> dashboard.load(all, today)));
                oneTimes.add(time(() -> dashboard.load(one, today)));
                rawTimes.add(time(() -> jdbc.queryForList("select count(*), avg(score_complexity),"
                        + " avg(overall_satisfaction) from survey_response where submitted_at >= ?",
                        java.sql.Timestamp.valueOf(all.period().start()))));
            }
            var findings = context.getBean(FindingsService.class);
            var pwtYear = new RecordFilter(DateRange.lastMonths(12, today), pwt, null);
            var deck = DeckBuilder.build(findings.load(pwtYear, today, "Purwokerto"),
                    Locale.forLanguageTag("id-ID"), today);
            DeckPptx.write(deck);
            DeckPdf.write(deck);
            var findingsTimes = new ArrayList<Double>();
            var pptxTimes = new ArrayList<Double>();
            var pdfTimes = new ArrayList<Double>();
            for (int i = 0; i < Math.max(5, rounds / 3); i++) {
                findingsTimes.add(time(() -> findings.load(pwtYear, today, "Purwokerto")));
                pptxTimes.add(time(() -> DeckPptx.write(deck)));
                pdfTimes.add(time(() -> DeckPdf.write(deck)));
            }
            System.out.printf(Locale.ROOT, "BENCHMARK | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", label,
                    responses, median(allTimes), median(oneTimes), median(rawTimes), median(findingsTimes),
                    median(pptxTimes), median(pdfTimes));
        }
    }

    private static double time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
