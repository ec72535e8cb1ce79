package id.bpjs.jmo.benchmark;

import id.bpjs.jmo.Application;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.KeysetAnchors;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.claim.ClaimQuery;
import id.bpjs.jmo.claim.ClaimRecords;
import id.bpjs.jmo.complaint.ComplaintQuery;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.survey.SurveyRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long one page of 50 rows of a list takes at depth: page 1 and a deep page (default 1,000, i.e. rows
 * 50,000–50,049, or the deepest page the list has), once by offset (the database skips every row before the page) and
 * once by keyset (the list was scrolled to the page before, as a person scrolling does, so the anchor is there).
 * Lists: complaints (24 months, all branches, newest first), survey responses (24 months, newest first), JHT claims
 * (24 months, newest first). Prints {@code LIST | label | list | rows before the page | page 1 ms | deep by offset ms
 * | deep by keyset ms}. Not a JUnit test (a measurement); run like {@link DashboardBenchmark}.
 */
public final class ListBenchmark {

    private ListBenchmark() {
    }

    public static void main(String[] args) {
        var label = args.length > 0 ? args[0] : "?";
        int deepPage = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--jmo.demo.enabled=false")) {
            var manager = context.getBean(UserService.class).loadUserByUsername("manajer");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            var today = LocalDate.now();
            var filter = new RecordFilter(DateRange.lastMonths(24, today), null, null);
            var complaints = context.getBean(ComplaintRecords.class);
            var surveys = context.getBean(SurveyRecords.class);
            var claims = context.getBean(ClaimRecords.class);
            var complaintQuery = new ComplaintQuery(filter, null, null, null, false);
            var claimQuery = new ClaimQuery(filter, null, null, false, null);
            measure(label, "complaints", deepPage,
                    (page, anchors) -> complaints.list(complaintQuery, today, page, anchors));
            measure(label, "survey responses", deepPage,
                    (page, anchors) -> surveys.list(filter, null, false, page, anchors));
            measure(label, "JHT claims", deepPage, (page, anchors) -> claims.list(claimQuery, page, anchors));
        }
    }

    private static void measure(String label, String list, int wantedPage,
            BiFunction<Pageable, KeysetAnchors, Slice<?>> fetch) {
        int size = 50;
        // scroll page by page, as the grid does, up to the deep page (or the last one) to place the anchors
        var anchors = new KeysetAnchors();
        int deep = 0;
        while (deep < wantedPage - 1 && fetch.apply(PageRequest.of(deep, size), anchors).hasNext()) {
            deep++;
        }
        int page = deep;
        var first = new ArrayList<Double>();
        var byOffset = new ArrayList<Double>();
        var byKeyset = new ArrayList<Double>();
        for (int i = 0; i < 25; i++) {
            first.add(time(() -> fetch.apply(PageRequest.of(0, size), null)));
            byOffset.add(time(() -> fetch.apply(PageRequest.of(page, size), null)));
            byKeyset.add(time(() -> fetch.apply(PageRequest.of(page, size), anchors)));
        }
        System.out.printf(Locale.ROOT, "LIST | %s | %s | %,d | %.1f | %.1f | %.1f |%n", label, list, (long) page * size,
                median(first.subList(5, 25)), median(byOffset.subList(5, 25)), median(byKeyset.subList(5, 25)));
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
