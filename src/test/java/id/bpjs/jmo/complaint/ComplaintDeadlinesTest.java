package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.settings.AppSettings;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline rules live once (ComplaintDeadlines) and every form of them agrees: the Java check, the SQL condition
 * on the raw table, the Criteria predicate of the complaint list and the figures read from the daily aggregates —
 * on the demo complaints, on days around the Lebaran holidays, and after an admin changes a time limit. The daily
 * aggregates stay exact when complaints are created, edited and move status.
 */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintDeadlinesTest {

    private static final DateRange ALL = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));

    @Autowired
    ComplaintDeadlines deadlines;
    @Autowired
    ComplaintStatistics statistics;
    @Autowired
    ComplaintService service;
    @Autowired
    AppSettings settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ComplaintRecords records;

    private long javaCount(LocalDate today) {
        var rows = jdbc.query("select status, received_at, first_response_at is not null from complaint",
                (rs, i) -> deadlines.isOverdue(ComplaintStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toLocalDateTime(), rs.getBoolean(3), today));
        return rows.stream().filter(b -> b).count();
    }

    private long sqlCount(LocalDate today) {
        var condition = deadlines.overdueSql("received_at", "first_response_at is not null", today);
        return jdbc.queryForObject("select count(*) from complaint where " + condition.sql(), Long.class,
                condition.args().toArray());
    }

    private long criteriaCount(LocalDate today) {
        return transaction.execute(status -> {
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(Long.class);
            var root = query.from(Complaint.class);
            query.select(cb.count(root)).where(deadlines.overdue(cb, root, today));
            return entityManager.createQuery(query).getSingleResult();
        });
    }

    private long aggregateCount(LocalDate today) {
        return statistics.figures(new RecordFilter(ALL, null, null), today).overdue();
    }

    private void allFormsAgree(List<LocalDate> days) {
        for (var today : days) {
            long java = javaCount(today);
            assertThat(List.of(sqlCount(today), criteriaCount(today), aggregateCount(today)))
                    .as("overdue on %s by SQL, Criteria and aggregates, against the Java rule (%d)", today, java)
                    .containsOnly(java);
        }
    }

    @Test
    void the_java_sql_criteria_and_aggregate_forms_agree_on_the_same_records() {
        var today = LocalDate.now();
        var days = new ArrayList<>(List.of(today, today.minusDays(3), today.minusDays(9), today.minusDays(30),
                // Idul Fitri 2026 and its cuti bersama (V2 holiday calendar), and a Monday after a long weekend
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 30)));
        assertThat(javaCount(today)).as("the demo has overdue complaints").isPositive();
        allFormsAgree(days);
    }

    @Test
    @WithUserDetails("admin")
    void the_forms_still_agree_after_an_admin_changes_the_time_limits() {
        var today = LocalDate.now();
        long before = javaCount(today);
        try {
            settings.setWorkingDays(AppSettings.RESOLUTION_DAYS, 2);
            settings.setWorkingDays(AppSettings.FIRST_RESPONSE_DAYS, 1);
            assertThat(javaCount(today)).isGreaterThan(before);
            allFormsAgree(List.of(today, today.minusDays(5), LocalDate.of(2026, 3, 25)));
        } finally {
            settings.setWorkingDays(AppSettings.RESOLUTION_DAYS, 5);
            settings.setWorkingDays(AppSettings.FIRST_RESPONSE_DAYS, 3);
        }
    }

    @Test
    @WithUserDetails("admin")
    void each_bar_of_the_age_chart_opens_exactly_the_complaints_it_counts() {
        var today = LocalDate.now();
        var period = new RecordFilter(new DateRange(today.minusMonths(3), today), null, null);
        var bars = statistics.openByStatusAndAge(period, today);
        long nonEmpty = 0;
        for (var bar : bars) {
            var counts = new long[] {bar.withinFirstResponse(), bar.beforeResolutionLimit(),
                    bar.pastResolutionLimit()};
            for (var band : ComplaintDeadlines.AgeBand.values()) {
                var query = new ComplaintQuery(period, bar.status(), null, null, false, null, false, null, null, null,
                        null, band);
                var listed = records.list(query, today, org.springframework.data.domain.PageRequest.of(0, 5000))
                        .getContent();
                assertThat(listed).as("%s, %s", bar.status(), band).hasSize((int) counts[band.ordinal()])
                        // the Java form puts each of them in the band too
                        .allSatisfy(c -> assertThat(deadlines.ageBand(c.getReceivedAt(), today)).isEqualTo(band));
                nonEmpty += counts[band.ordinal()] > 0 ? 1 : 0;
            }
        }
        assertThat(nonEmpty).as("the demo fills several bars").isGreaterThan(2);
        // the overdue filter is not the red bar: it also holds complaints without a first response past that limit
        long overdue = records.list(new ComplaintQuery(period, null, null, null, true), today,
                org.springframework.data.domain.PageRequest.of(0, 5000)).getContent().size();
        assertThat(overdue).isGreaterThanOrEqualTo(bars.stream().mapToLong(b -> b.pastResolutionLimit()).sum());
    }

    private Set<List<Object>> rows(String sql) {
        return Set.copyOf(jdbc.query(sql, (rs, i) -> List.<Object>of(rs.getDate(1).toLocalDate(), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                rs.getLong(8))));
    }

    private void aggregatesAreExact() {
        var recomputed = rows("select cast(received_at as date), branch_id, channel, category, attribute, status,"
                + " first_response_at is not null, count(*) from complaint group by cast(received_at as date),"
                + " branch_id, channel, category, attribute, status, first_response_at is not null");
        var kept = rows("select received_date, branch_id, channel, category, attribute, status, responded, complaints"
                + " from complaint_daily");
        assertThat(kept).isEqualTo(recomputed);
        org.springframework.jdbc.core.RowMapper<List<Object>> row = (rs, i) -> List.<Object>of(
                rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6));
        var versionsRecomputed = Set.copyOf(jdbc.query("select cast(received_at as date), branch_id, channel,"
                + " coalesce(platform, ''), coalesce(app_version, ''), count(*) from complaint where category ="
                + " 'APP_ERROR' group by cast(received_at as date), branch_id, channel, coalesce(platform, ''),"
                + " coalesce(app_version, '')", row));
        var versionsKept = Set.copyOf(jdbc.query("select received_date, branch_id, channel, platform, app_version,"
                + " complaints from app_error_daily", row));
        assertThat(versionsKept).isNotEmpty().isEqualTo(versionsRecomputed);
        var recomputedMonthly = rows("select cast(date_trunc('month', received_at) as date), branch_id, channel,"
                + " category, attribute, status, first_response_at is not null, count(*) from complaint group by"
                + " cast(date_trunc('month', received_at) as date), branch_id, channel, category, attribute, status,"
                + " first_response_at is not null");
        var keptMonthly = rows("select received_month, branch_id, channel, category, attribute, status, responded,"
                + " complaints from complaint_monthly");
        assertThat(keptMonthly).as("complaint_monthly against grouping the complaints by month")
                .isEqualTo(recomputedMonthly);
        // complaint_weekly: the complaints grouped by the Monday of their ISO week, computed here in Java
        var recomputedWeekly = new java.util.HashMap<List<Object>, Long>();
        jdbc.query("select received_at, branch_id, channel, category from complaint", rs -> {
            var monday = rs.getTimestamp(1).toLocalDateTime().toLocalDate()
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            recomputedWeekly.merge(List.of(monday, rs.getLong(2), rs.getString(3), rs.getString(4)), 1L, Long::sum);
        });
        var keptWeekly = new java.util.HashMap<List<Object>, Long>();
        jdbc.query("select received_week, branch_id, channel, category, complaints from complaint_weekly",
                rs -> {
                    keptWeekly.put(List.of(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3),
                            rs.getString(4)), rs.getLong(5));
                });
        assertThat(keptWeekly).as("complaint_weekly against grouping the complaints by ISO week").isNotEmpty()
                .isEqualTo(recomputedWeekly);
    }

    @Test
    @WithUserDetails("petugas")
    void the_daily_weekly_and_monthly_aggregates_stay_exact_when_complaints_are_created_edited_and_move_status() {
        aggregatesAreExact();
        var draft = new Complaint();
        draft.setReceivedAt(LocalDateTime.now().minusDays(2).withNano(0));
        draft.setChannel(ComplaintChannel.COUNTER);
        draft.setKpjNumber("12345678901");
        draft.setCategory(ComplaintCategory.APP_ERROR);
        draft.setAttribute(RogersAttribute.COMPATIBILITY);
        draft.setDescription("Aplikasi keluar sendiri saat membuka saldo JHT");
        draft.setAppVersion("3.1.0");
        draft.setPlatform(Platform.ANDROID);
        draft.setErrorMessage("force close");
        var created = service.create(draft);
        aggregatesAreExact();

        var moved = service.transition(created.getId(), created.getVersion(), ComplaintStatus.IN_PROGRESS, null);
        aggregatesAreExact();

        moved.setReceivedAt(LocalDateTime.now().minusDays(40).withNano(0));
        moved.setCategory(ComplaintCategory.LOGIN_OTP);
        var edited = service.update(moved, LocalDateTime.now().minusMinutes(1));
        aggregatesAreExact();

        service.transition(edited.getId(), edited.getVersion(), ComplaintStatus.RESOLVED, "Sudah dibantu di loket");
        aggregatesAreExact();
    }

    @Test
    void migration_v22_rebuilds_the_version_aggregate_with_the_statement_the_service_uses() throws Exception {
        try (var in = getClass().getResourceAsStream("/db/migration/V22__app_error_versions_and_survey_posters.sql")) {
            var statement = java.util.Arrays.stream(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> line.startsWith("insert into app_error_daily")).findFirst().orElseThrow();
            assertThat(statement).isEqualTo(ComplaintAggregates.versionRebuildStatement() + ";");
        }
    }

    @Test
    void figures_of_a_period_with_partial_first_and_last_months_equal_counting_the_complaints() {
        var today = LocalDate.now();
        // from the 17th, seven months back, to three days ago: monthly rows in between, daily rows at both ends
        var period = new DateRange(today.minusMonths(7).withDayOfMonth(17), today.minusDays(3));
        var filter = new RecordFilter(period, null, null);
        var args = new Object[] {java.sql.Timestamp.valueOf(period.from().atStartOfDay()),
                java.sql.Timestamp.valueOf(period.to().plusDays(1).atStartOfDay())};
        var where = " from complaint where received_at >= ? and received_at < ?";
        long received = jdbc.queryForObject("select count(*)" + where, Long.class, args);
        assertThat(received).as("the demo has complaints in the period").isPositive();
        var figures = statistics.figures(filter, today);
        assertThat(figures.received()).isEqualTo(received);
        assertThat(figures.errorReports()).isEqualTo(jdbc.queryForObject("select count(*)" + where
                + " and category = 'APP_ERROR'", Long.class, args));
        assertThat(figures.open()).isEqualTo(jdbc.queryForObject("select count(*)" + where + " and "
                + ComplaintDeadlines.OPEN_SQL, Long.class, args));
        long overdue = jdbc.query("select status, received_at, first_response_at is not null" + where,
                (rs, i) -> deadlines.isOverdue(ComplaintStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toLocalDateTime(), rs.getBoolean(3), today), args)
                .stream().filter(b -> b).count();
        assertThat(figures.overdue()).isEqualTo(overdue);
        for (var attribute : statistics.perAttribute(filter)) {
            assertThat(attribute.complaints()).as(attribute.attribute().name()).isEqualTo(jdbc.queryForObject(
                    "select count(*)" + where + " and attribute = ?", Long.class, args[0], args[1],
                    attribute.attribute().name()));
        }
        long openByAge = statistics.openByStatusAndAge(filter, today).stream()
                .mapToLong(ComplaintStatistics.StatusAge::total).sum();
        assertThat(openByAge).isEqualTo(figures.open());
    }
}
