package id.bpjs.jmo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.Application;
import id.bpjs.jmo.alert.JobLock;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.Holiday;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintService;
import id.bpjs.jmo.complaint.ComplaintStatistics;
import id.bpjs.jmo.security.LoginThrottle;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.settings.AppSettings;
import id.bpjs.jmo.survey.SubmissionLimiter;
import id.bpjs.jmo.survey.SurveyClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15, more than one machine: two application instances (two Spring contexts, each with its own pool, caches and
 * scheduler) on one PostgreSQL database agree on everything that must be shared — survey limits counted across both,
 * the login lock, a scheduled job run once, a complaint and its dashboard figures, a changed setting and a new
 * holiday (the caches of both expire after {@code jmo.cache.shared-ttl}, 300 ms here).
 */
class PostgresTwoInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private static ConfigurableApplicationContext start(boolean clean) {
        var url = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.connection-init-sql=SET search_path TO jmo_two",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.flyway.schemas=jmo_two", "--spring.flyway.default-schema=jmo_two",
                        "--spring.flyway.clean-disabled=false", "--spring.flyway.clean-on-validation-error=false",
                        "--spring.jpa.properties.hibernate.default_schema=jmo_two",
                        "--jmo.demo.enabled=" + clean, "--jmo.demo.responses=300",
                        "--jmo.alert.cron=-", "--jmo.subscription.cron=-", "--jmo.alert.evaluate-at-start=false",
                        "--jmo.cache.shared-ttl=PT0.3S", "--jmo.survey.limit.per-device=4");
    }

    @BeforeAll
    static void startTwoInstances() {
        var url = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "postgres", "");
        new JdbcTemplate(ds).execute("DROP SCHEMA IF EXISTS jmo_two CASCADE");
        first = start(true);
        second = start(false);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        SecurityContextHolder.clearContext();
    }

    private static void as(ConfigurableApplicationContext instance, String username) {
        var user = instance.getBean(UserService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void a_phone_gets_its_survey_allowance_once_across_both_instances() {
        var phone = new SurveyClient("10.1.2.3", "device-two-instances", false, null);
        var a = first.getBean(SubmissionLimiter.class);
        var b = second.getBean(SubmissionLimiter.class);
        int accepted = 0;
        for (int i = 0; i < 4; i++) {
            accepted += (i % 2 == 0 ? a : b).tryAcquire(phone, null) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(4);
        assertThat(a.tryAcquire(phone, null)).isFalse();
        assertThat(b.tryAcquire(phone, null)).isFalse();
    }

    @Test
    void failed_logins_on_both_instances_add_up_to_one_lock() {
        var a = first.getBean(LoginThrottle.class);
        var b = second.getBean(LoginThrottle.class);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? a : b).recordFailure("tebakan-dua-instans", "10.9.9.9");
        }
        assertThat(a.lockedUntil("tebakan-dua-instans", "10.9.9.9")).isPresent();
        assertThat(b.lockedUntil("tebakan-dua-instans", "10.9.9.9")).isPresent();
    }

    @Test
    void a_scheduled_job_firing_on_both_instances_runs_once() throws Exception {
        var runs = new AtomicInteger();
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        for (var instance : new ConfigurableApplicationContext[] {first, second}) {
            var lock = instance.getBean(JobLock.class);
            pool.submit(() -> {
                barrier.await();
                lock.runOnce("two-instances", Duration.ofMinutes(1), Duration.ofSeconds(30), () -> {
                    runs.incrementAndGet();
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_complaint_saved_on_one_instance_is_counted_and_found_on_the_other() {
        var today = LocalDate.now();
        var filter = new RecordFilter(DateRange.lastMonths(1, today), null, null);
        as(second, "manajer");
        long before = second.getBean(ComplaintStatistics.class).figures(filter, today).received();
        as(first, "petugas");
        var draft = new Complaint();
        draft.setReceivedAt(LocalDateTime.now().minusHours(1));
        draft.setChannel(ComplaintChannel.COUNTER);
        draft.setKpjNumber("12345678949");
        draft.setCategory(ComplaintCategory.HARD_TO_USE);
        draft.setAttribute(RogersAttribute.COMPLEXITY);
        draft.setDescription("Disimpan di instans pertama");
        var saved = first.getBean(ComplaintService.class).create(draft);
        as(second, "manajer");
        assertThat(second.getBean(ComplaintService.class).find(saved.getId())).isPresent();
        assertThat(second.getBean(ComplaintStatistics.class).figures(filter, today).received()).isEqualTo(before + 1);
    }

    @Test
    void a_setting_and_a_holiday_changed_on_one_instance_apply_on_the_other() throws Exception {
        var b = second.getBean(AppSettings.class);
        int limit = b.getInt(AppSettings.RESOLUTION_DAYS, 14);
        as(first, "admin");
        first.getBean(AppSettings.class).setWorkingDays(AppSettings.RESOLUTION_DAYS, limit + 3);
        assertThat(within(Duration.ofSeconds(5), () -> b.getInt(AppSettings.RESOLUTION_DAYS, 14) == limit + 3))
                .as("the other instance reads the new limit").isTrue();

        var day = LocalDate.of(2031, 3, 3);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        var calendar = second.getBean(WorkingDayCalendar.class);
        assertThat(calendar.isWorkingDay(day)).isTrue();
        first.getBean(WorkingDayCalendar.class).save(new Holiday(day, "Libur uji dua instans", Holiday.Kind.NATIONAL));
        var holiday = day;
        assertThat(within(Duration.ofSeconds(5), () -> !calendar.isWorkingDay(holiday)))
                .as("the other instance counts the new holiday").isTrue();
    }
}
