package id.bpjs.jmo.benchmark;

import id.bpjs.jmo.Application;
import id.bpjs.jmo.calendar.Holiday;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.survey.PublicSurveyService;
import id.bpjs.jmo.survey.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The soak run of issue 12: the application on the default embedded H2 set-up (a file database, connection pool
 * lifetimes at their defaults: Hikari retires connections after 30 minutes) runs for {@code minutes} (default 50) and
 * every minute writes through the real services what people write: a public survey response, a complaint (as staff),
 * a holiday and a user account (as admin). After each write it reads the row back. Prints one line per minute and,
 * at the end, {@code SOAK tried=… stored=… failed=…} per kind. Run through {@code ./app soak [minutes]}; documented
 * with its last figures in docs/PERFORMANCE.md. Not a JUnit test: it takes most of an hour.
 */
public final class SoakRun {

    private SoakRun() {
    }

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long intervalMillis = args.length > 1 ? Long.parseLong(args[1]) : 60_000;
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--jmo.demo.enabled=true", "--jmo.demo.responses=1500")) {
            var users = context.getBean(UserService.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var survey = context.getBean(PublicSurveyService.class);
            var complaints = context.getBean(ComplaintService.class);
            var calendar = context.getBean(WorkingDayCalendar.class);
            var pwt = context.getBean(id.bpjs.jmo.branch.BranchService.class).byCode("PWT").orElseThrow();
            var tried = new LinkedHashMap<String, Integer>();
            var stored = new LinkedHashMap<String, Integer>();
            var started = Instant.now();
            for (int minute = 1; minute <= minutes; minute++) {
                int i = minute;
                write("survey", tried, stored, () -> {
                    var before = jdbc.queryForObject("select count(*) from survey_response", Long.class);
                    var answers = new SurveyResponse();
                    answers.setIkmAnswers(4, 3, 3, 4, 3, 4, 4, 3, 3);
                    // a new phone each minute, with the token its opened page gets, as a participant would
                    var phone = new id.bpjs.jmo.survey.SurveyClient("10.1.0." + (i % 250),
                            UUID.randomUUID().toString(), false, null);
                    var token = survey.open("PWT", phone).token();
                    var outcome = survey.submit("PWT", answers, phone, java.util.Objects.requireNonNull(token));
                    return outcome == PublicSurveyService.Outcome.STORED
                            && jdbc.queryForObject("select count(*) from survey_response", Long.class) == before + 1;
                });
                as(users, "petugas");
                write("complaint", tried, stored, () -> {
                    var draft = new Complaint();
                    draft.setReceivedAt(LocalDateTime.now().minusMinutes(5).withNano(0));
                    draft.setChannel(ComplaintChannel.COUNTER);
                    draft.setKpjNumber("12345678901");
                    draft.setCategory(ComplaintCategory.HARD_TO_USE);
                    draft.setAttribute(RogersAttribute.COMPLEXITY);
                    draft.setDescription("Soak run " + i + ": peserta kesulitan login");
                    var saved = complaints.create(draft);
                    return jdbc.queryForObject("select count(*) from complaint where id = ?", Long.class,
                            saved.getId()) == 1;
                });
                as(users, "admin");
                write("holiday", tried, stored, () -> {
                    var day = LocalDate.of(2031, 1, 1).plusDays(i);
                    calendar.save(new Holiday(day, "Soak " + i, Holiday.Kind.NATIONAL));
                    return jdbc.queryForObject("select count(*) from holiday where holiday_date = ?", Long.class,
                            java.sql.Date.valueOf(day)) == 1;
                });
                write("user", tried, stored, () -> {
                    var name = "soak" + i;
                    users.create(name, "Soak " + i, Role.STAFF, pwt, "Rahasia-" + i + "x2026");
                    return users.byUsername(name).isPresent();
                });
                SecurityContextHolder.clearContext();
                System.out.printf("minute %d (%s since start): tried %s stored %s%n", minute,
                        Duration.between(started, Instant.now()).toMinutes() + " min", tried, stored);
                if (minute < minutes) {
                    Thread.sleep(intervalMillis);
                }
            }
            var summary = new StringBuilder("SOAK minutes=" + minutes);
            tried.forEach((kind, n) -> summary.append(" ").append(kind).append("=").append(stored.getOrDefault(kind, 0))
                    .append("/").append(n));
            int allTried = tried.values().stream().mapToInt(Integer::intValue).sum();
            int allStored = stored.values().stream().mapToInt(Integer::intValue).sum();
            summary.append(" tried=").append(allTried).append(" stored=").append(allStored).append(" failed=")
                    .append(allTried - allStored);
            System.out.println(summary);
        }
    }

    private static void as(UserService users, String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void write(String kind, Map<String, Integer> tried, Map<String, Integer> stored,
            Callable<Boolean> write) {
        tried.merge(kind, 1, Integer::sum);
        try {
            if (write.call()) {
                stored.merge(kind, 1, Integer::sum);
            } else {
                System.out.println("NOT STORED " + kind);
            }
        } catch (Exception e) {
            System.out.println("FAILED " + kind + ": " + e);
        }
    }
}
