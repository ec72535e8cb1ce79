package id.bpjs.jmo.alert;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the alert tests: the test profile's demo data, the rules evaluated at start-up (as in
 * the app), and a real SMTP server (GreenMail) in the test process that the app mails to. Each test works on its own
 * branch and users, so tests do not see each other's data; messages are told apart by recipient.
 */
@SpringBootTest(properties = "jmo.alert.evaluate-at-start=true")
@ActiveProfiles("test")
abstract class AlertTestBase {

    /** Started once for the JVM, before any context, so mail sent during start-up arrives too. */
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final AtomicInteger NEXT = new AtomicInteger();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("jmo.mail.from", () -> "jmo-monitor@cabang.example");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    id.bpjs.jmo.complaint.ComplaintAggregates complaintAggregates;
    /** This context's strategy (Vaadin's when present): another context in the JVM may have set the static one. */
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy>
            securityContext;

    /** A new branch with a unique code (letters only) and the given served population per month. */
    long branch(int servedPerMonth) {
        int n = NEXT.incrementAndGet();
        var code = "T" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26) + "X";
        jdbc.update("insert into branch (code, name, regional_office, served_per_month) values (?, ?, ?, ?)", code,
                "Uji " + code, "Kanwil Uji", servedPerMonth);
        return jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
    }

    String code(long branchId) {
        return jdbc.queryForObject("select code from branch where id = ?", String.class, branchId);
    }

    /** A user of the branch with an e-mail address and an e-mail language. */
    long user(String username, Role role, long branchId, @Nullable String email, String language) {
        jdbc.update("insert into app_user (username, password_hash, full_name, role, branch_id, enabled,"
                + " must_change_password, created_at, email, preferred_language) values (?, ?, ?, ?, ?, true, false,"
                + " ?, ?, ?)", username, "{noop}x", "Nama " + username, role.name(), branchId,
                Timestamp.valueOf(LocalDateTime.now()), email, language);
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** One complaint; {@code firstResponse} and {@code resolved} may be null. */
    void complaint(long branchId, LocalDateTime receivedAt, String category, @Nullable String appVersion,
            String status, @Nullable Long assignee, @Nullable LocalDateTime firstResponse,
            @Nullable LocalDateTime resolved) {
        int n = NEXT.incrementAndGet();
        jdbc.update("insert into complaint (ticket_number, received_at, channel, branch_id, kpj_number, category,"
                + " attribute, severity, description, status, assignee_id, first_response_at, resolved_at,"
                + " app_version, platform, error_message, version) values (?, ?, 'JMO_APP', ?, '12345678901', ?,"
                + " 'COMPATIBILITY', 'MEDIUM', 'Aplikasi keluar sendiri saat dibuka', ?, ?, ?, ?, ?, ?, ?, 0)",
                "UJI-2026-" + n, Timestamp.valueOf(receivedAt), branchId, category, status, assignee,
                firstResponse == null ? null : Timestamp.valueOf(firstResponse),
                resolved == null ? null : Timestamp.valueOf(resolved), appVersion,
                "APP_ERROR".equals(category) ? "ANDROID" : null,
                "APP_ERROR".equals(category) ? "Terjadi kesalahan" : null);
    }

    /** {@code count} app error reports of a version, one per day from {@code from} at 10:00, cycling over days. */
    void errors(long branchId, String version, LocalDate from, int days, int count) {
        for (int i = 0; i < count; i++) {
            complaint(branchId, from.plusDays(i % days).atTime(10, i % 60), "APP_ERROR", version, "RESOLVED", null,
                    from.plusDays(i % days).atTime(11, 0), from.plusDays(i % days).atTime(15, 0));
        }
        // inserted past the service: bring the per-version aggregate (V22) the version rule reads up to date
        complaintAggregates.rebuild();
    }

    /**
     * One day of survey aggregates for a branch: {@code n} responses whose complexity item has sum and sum of
     * squares as given (the other items 0) and {@code ikm} responses with IKM answers.
     */
    void surveyDay(long branchId, LocalDate day, long n, long sumComplexity, long squaresComplexity, long ikm) {
        var columns = "response_date, branch_id, channel, responses, sum_ra, sq_ra, sat_ra, xy_ra, sum_co, sq_co,"
                + " sat_co, xy_co, sum_cx, sq_cx, sat_cx, xy_cx, sum_tr, sq_tr, sat_tr, xy_tr, sum_ob, sq_ob, sat_ob,"
                + " xy_ob, sum_overall, sq_overall, sat_overall, ikm_responses, sum_u1, sum_u2, sum_u3, sum_u4,"
                + " sum_u5, sum_u6, sum_u7, sum_u8, sum_u9, n_cx";
        // every one of the n responses answered the complexity item (its own n, V10)
        var values = new Object[38];
        Arrays.fill(values, 0L);
        values[0] = Date.valueOf(day);
        values[1] = branchId;
        values[2] = "JMO";
        values[3] = n;
        values[12] = sumComplexity;
        values[13] = squaresComplexity;
        values[27] = ikm;
        values[37] = n;
        jdbc.update("insert into survey_daily (" + columns + ") values (" + "?, ".repeat(37) + "?)", values);
    }

    /** Runs {@code body} logged in as {@code username} (the services check roles and branch scope). */
    void as(String username, Runnable body) {
        var strategy = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var principal = users.loadUserByUsername(username);
        var previous = strategy.getContext();
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        strategy.setContext(context);
        try {
            body.run();
        } finally {
            strategy.setContext(previous);
        }
    }

    /** Messages the test SMTP server received for {@code address}. */
    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
