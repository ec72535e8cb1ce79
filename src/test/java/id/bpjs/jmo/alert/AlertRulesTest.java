package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bpjs.jmo.alert.AlertTexts.PValue;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.web.LinkNames;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintQuery;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Each rule fires on data where the answer is known, and stays quiet where it is not warranted. */
class AlertRulesTest extends AlertTestBase {

    /** A Wednesday: the last full week is Monday 16 – Sunday 22 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Autowired
    AlertRules rules;
    @Autowired
    BranchService branches;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ComplaintRecords records;
    @Autowired
    AlertSettings settings;

    private List<id.bpjs.jmo.branch.Branch> only(long branchId) {
        return List.of(branches.byId(branchId).orElseThrow());
    }

    @Test
    void nine_error_reports_after_eight_weeks_of_two_a_week_raise_an_alert_with_its_poisson_test() {
        var b = branch(3000);
        errors(b, "3.0.0", LocalDate.of(2026, 9, 21), 56, 16);
        errors(b, "3.0.0", LocalDate.of(2026, 11, 16), 7, 9);

        var found = rules.errorWeek(TODAY, only(b));

        assertThat(found).hasSize(1);
        var alert = found.getFirst();
        assertThat(alert.rule()).isEqualTo(AlertRule.APP_ERRORS_WEEK);
        assertThat(alert.params().subList(0, 4)).containsExactly(9L, LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 22), 2.0);
        // P(X ≥ 9) for X ~ Poisson(2) = 1 − Σ_{k≤8} e^−2 2^k / k! = 0.000237
        assertThat(((PValue) alert.params().get(4)).value()).isCloseTo(0.000237, within(0.000001));
        assertThat(alert.link()).isEqualTo("pengaduan?periode=kustom&dari=2026-11-16&sampai=2026-11-22&cabang="
                + code(b) + "&kategori=APP_ERROR");
        assertThat(AlertTexts.text(alert.rule(), alert.params(), Formats.ID)).isEqualTo(
                "9 laporan eror aplikasi pada minggu 16 Nov 2026 – 22 Nov 2026; 8 minggu sebelumnya rata-rata 2,0"
                        + " per minggu; uji Poisson satu sisi p < 0,001 (peringatan bila p < 0,05 dan minimal 5"
                        + " laporan)");
        assertThat(AlertTexts.text(alert.rule(), alert.params(), Formats.EN)).startsWith(
                "9 app error reports in the week 16 Nov 2026 – 22 Nov 2026; the 8 weeks before averaged 2.0 per week;"
                        + " one-sided Poisson test p < 0.001");
    }

    @Test
    void an_admin_raising_the_minimum_error_count_is_traced_and_the_same_week_no_longer_alerts() {
        var b = branch(3000);
        errors(b, "3.0.0", LocalDate.of(2026, 9, 21), 56, 16);
        errors(b, "3.0.0", LocalDate.of(2026, 11, 16), 7, 9);
        assertThat(rules.errorWeek(TODAY, only(b))).hasSize(1);
        var key = AlertSettings.ERRORS_MIN_COUNT.key();
        long traced = jdbc.queryForObject("select count(*) from settings_change where item = ?", Long.class, key);
        try {
            // only an admin may change a threshold
            as("manajer", () -> assertThatThrownBy(() -> settings.set(AlertSettings.ERRORS_MIN_COUNT, 10))
                    .isInstanceOf(AccessDeniedException.class));
            as("admin", () -> settings.set(AlertSettings.ERRORS_MIN_COUNT, 10));

            assertThat(jdbc.queryForObject("select count(*) from settings_change where item = ?", Long.class, key))
                    .isEqualTo(traced + 1);
            var change = jdbc.queryForMap("select changed_by, area, new_value from settings_change where item = ?"
                    + " order by id desc limit 1", key);
            assertThat(change).containsEntry("CHANGED_BY", "admin").containsEntry("AREA", "setting")
                    .containsEntry("NEW_VALUE", "10");
            // 9 reports are still beyond chance (p = 0.0002) but below the new minimum of 10
            assertThat(rules.errorWeek(TODAY, only(b))).isEmpty();
        } finally {
            as("admin", () -> settings.set(AlertSettings.ERRORS_MIN_COUNT,
                    AlertSettings.ERRORS_MIN_COUNT.defaultValue()));
        }
        assertThat(rules.errorWeek(TODAY, only(b))).hasSize(1);
    }

    @Test
    void six_error_reports_after_eight_weeks_of_four_a_week_are_within_chance() {
        var b = branch(3000);
        errors(b, "3.0.0", LocalDate.of(2026, 9, 21), 56, 32);
        errors(b, "3.0.0", LocalDate.of(2026, 11, 16), 7, 6);

        assertThat(rules.errorWeek(TODAY, only(b))).isEmpty();
    }

    @Test
    void fewer_error_reports_than_the_minimum_raise_nothing_even_after_a_quiet_baseline() {
        var b = branch(3000);
        errors(b, "3.0.0", LocalDate.of(2026, 11, 16), 7, 4);

        assertThat(rules.errorWeek(TODAY, only(b))).isEmpty();
    }

    @Test
    void a_new_version_failing_four_times_as_often_as_the_previous_one_raises_an_alert() {
        var b = branch(3000);
        errors(b, "3.1.0", LocalDate.of(2026, 9, 1), 39, 39);
        errors(b, "3.2.0", LocalDate.of(2026, 11, 18), 8, 16);

        var found = rules.versions(TODAY, only(b));

        assertThat(found).hasSize(1);
        var alert = found.getFirst();
        assertThat(alert.rule()).isEqualTo(AlertRule.APP_VERSION_ERRORS);
        assertThat(alert.subject()).isEqualTo("3.2.0");
        // 16 reports in 8 days (18–25 Nov) against 39 in the 78 days from 1 Sep to 18 Nov
        assertThat(alert.params().subList(0, 3)).containsExactly("3.2.0", 16L, 8L);
        assertThat(alert.params().subList(4, 7)).containsExactly("3.1.0", 39L, 78L);
        assertThat(((PValue) alert.params().get(8)).value()).isLessThan(0.001);
    }

    @Test
    void a_new_version_failing_about_as_often_as_the_previous_one_raises_nothing() {
        var b = branch(3000);
        errors(b, "3.1.0", LocalDate.of(2026, 9, 1), 39, 39);
        errors(b, "3.2.0", LocalDate.of(2026, 11, 18), 8, 5);

        assertThat(rules.versions(TODAY, only(b))).isEmpty();
    }

    @Test
    void a_version_out_for_longer_than_the_new_days_is_no_longer_new() {
        var b = branch(3000);
        errors(b, "3.1.0", LocalDate.of(2026, 7, 1), 30, 10);
        errors(b, "3.2.0", LocalDate.of(2026, 10, 1), 8, 40);

        assertThat(rules.versions(TODAY, only(b))).isEmpty();
    }

    @Test
    void complexity_falling_from_4_5_to_3_5_on_40_responses_each_raises_an_alert() {
        var b = branch(3000);
        surveyDay(b, LocalDate.of(2026, 10, 10), 40, 180, 820, 0);
        surveyDay(b, LocalDate.of(2026, 11, 10), 40, 140, 500, 0);

        var found = rules.satisfaction(TODAY, only(b));

        assertThat(found).hasSize(1);
        var alert = found.getFirst();
        assertThat(alert.subject()).isEqualTo("COMPLEXITY");
        assertThat(alert.params().subList(0, 3)).containsExactly(RogersAttribute.COMPLEXITY, 4.5, 40L);
        assertThat(alert.params().subList(5, 7)).containsExactly(3.5, 40L);
        // t = −1 / √(2 · 0.2564 / 40) = −8.83 on 78 degrees of freedom
        assertThat(((PValue) alert.params().get(9)).value()).isLessThan(1e-9);
        assertThat(alert.link()).isEqualTo("respons-survei?periode=kustom&dari=2026-10-27&sampai=2026-11-25&cabang="
                + code(b) + "&atribut=COMPLEXITY");
    }

    @Test
    void an_unchanged_mean_or_too_few_responses_raise_nothing() {
        var same = branch(3000);
        surveyDay(same, LocalDate.of(2026, 10, 10), 40, 180, 820, 0);
        surveyDay(same, LocalDate.of(2026, 11, 10), 40, 180, 820, 0);
        var few = branch(3000);
        surveyDay(few, LocalDate.of(2026, 10, 10), 5, 25, 125, 0);
        surveyDay(few, LocalDate.of(2026, 11, 10), 5, 10, 20, 0);

        assertThat(rules.satisfaction(TODAY, only(same))).isEmpty();
        assertThat(rules.satisfaction(TODAY, only(few))).isEmpty();
    }

    @Test
    void an_overdue_and_a_nearly_due_complaint_alert_the_branch_and_their_assignee() {
        var b = branch(3000);
        var staff = user("uji.deadline", Role.STAFF, b, null, "id");
        var dueSoonDay = calendar.earliestDateWithAgeAtMost(TODAY, 5);
        complaint(b, LocalDate.of(2026, 10, 1).atTime(9, 0), "LOGIN_OTP", null, "IN_PROGRESS", staff,
                LocalDate.of(2026, 10, 1).atTime(10, 0), null);
        complaint(b, dueSoonDay.atTime(9, 0), "LOGIN_OTP", null, "IN_PROGRESS", staff, dueSoonDay.atTime(10, 0),
                null);
        complaint(b, TODAY.atTime(9, 0), "LOGIN_OTP", null, "IN_PROGRESS", staff, TODAY.atTime(10, 0), null);

        var found = rules.deadlines(TODAY, only(b));

        var branchAlert = found.stream().filter(f -> f.rule() == AlertRule.COMPLAINT_DEADLINE_BRANCH).toList();
        var assigneeAlert = found.stream().filter(f -> f.rule() == AlertRule.COMPLAINT_DEADLINE_ASSIGNEE).toList();
        assertThat(branchAlert).hasSize(1);
        assertThat(branchAlert.getFirst().params()).containsExactly(1L, 1L, 1L, 3L, 5L);
        assertThat(branchAlert.getFirst().link()).isEqualTo("pengaduan?periode=kustom&dari=2026-10-01&sampai="
                + "2026-11-25&cabang=" + code(b) + "&terlambat=1");
        assertThat(assigneeAlert).hasSize(1);
        assertThat(assigneeAlert.getFirst().subject()).isEqualTo(String.valueOf(staff));
        assertThat(assigneeAlert.getFirst().assigneeId()).isEqualTo(staff);
        assertThat(assigneeAlert.getFirst().params()).containsExactly(1L, 1L, 1L, 3L, 5L, "Nama uji.deadline");
    }

    @Test
    void an_assignees_deadline_link_lists_exactly_that_assignees_overdue_complaints_for_whoever_opens_it() {
        var b = branch(3000);
        var staff = user("uji.tautan.a", Role.STAFF, b, null, "id");
        var colleague = user("uji.tautan.b", Role.STAFF, b, null, "id");
        user("uji.tautan.m", Role.MANAGER, b, null, "id");
        user("uji.tautan.c", Role.STAFF, branch(3000), null, "id");
        var dueSoonDay = calendar.earliestDateWithAgeAtMost(TODAY, 5);
        var first = LocalDate.of(2026, 10, 1).atTime(9, 0);
        var second = LocalDate.of(2026, 10, 2).atTime(9, 0);
        complaint(b, first, "LOGIN_OTP", null, "IN_PROGRESS", staff, first.plusHours(1), null);
        complaint(b, second, "LOGIN_OTP", null, "WAITING_FOR_PARTICIPANT", staff, second.plusHours(1), null);
        // the same assignee's complaint that is only due soon, one resolved long ago; a colleague's and an
        // unassigned overdue one
        complaint(b, dueSoonDay.atTime(9, 0), "LOGIN_OTP", null, "IN_PROGRESS", staff, dueSoonDay.atTime(10, 0), null);
        complaint(b, first, "LOGIN_OTP", null, "RESOLVED", staff, first.plusHours(1), first.plusDays(1));
        complaint(b, first, "LOGIN_OTP", null, "IN_PROGRESS", colleague, first.plusHours(1), null);
        complaint(b, first, "LOGIN_OTP", null, "NEW", null, null, null);

        var alert = rules.deadlines(TODAY, only(b)).stream()
                .filter(f -> f.rule() == AlertRule.COMPLAINT_DEADLINE_ASSIGNEE && f.assigneeId() == staff)
                .findFirst().orElseThrow();

        assertThat(alert.link()).isEqualTo("pengaduan?periode=kustom&dari=2026-10-01&sampai=2026-11-25&cabang="
                + code(b) + "&terlambat=1&petugas=" + staff);
        // the manager who reads the alert, the assignee and a colleague see the assignee's two overdue complaints
        for (var reader : List.of("uji.tautan.m", "uji.tautan.a", "uji.tautan.b")) {
            as(reader, () -> assertThat(listed(alert.link())).as(reader).containsExactlyInAnyOrder(first, second));
        }
        // staff of another branch stay in their branch: the link shows them nothing
        as("uji.tautan.c", () -> assertThat(listed(alert.link())).isEmpty());
    }

    /** The complaints the list shows for a link's parameters, as the complaint list reads them; their times. */
    private List<java.time.LocalDateTime> listed(String link) {
        var parameters = com.vaadin.flow.router.QueryParameters.fromString(link.substring(link.indexOf('?') + 1))
                .getParameters();
        java.util.function.Function<String, String> value = name -> parameters.get(name).getFirst();
        long branchId = jdbc.queryForObject("select id from branch where code = ?", Long.class,
                value.apply(LinkNames.BRANCH));
        var query = new ComplaintQuery(new RecordFilter(new DateRange(LocalDate.parse(value.apply(LinkNames.FROM)),
                LocalDate.parse(value.apply(LinkNames.TO))), branchId, null), null, null, null,
                LinkNames.YES.equals(value.apply(LinkNames.OVERDUE)), null, false, null, null, null,
                Long.valueOf(value.apply(LinkNames.ASSIGNEE)));
        return records.list(query, TODAY, PageRequest.of(0, 100)).map(Complaint::getReceivedAt).toList();
    }

    @Test
    void fresh_and_resolved_complaints_raise_no_deadline_alert() {
        var b = branch(3000);
        complaint(b, TODAY.atTime(9, 0), "LOGIN_OTP", null, "NEW", null, null, null);
        complaint(b, LocalDate.of(2026, 10, 1).atTime(9, 0), "LOGIN_OTP", null, "RESOLVED", null,
                LocalDate.of(2026, 10, 1).atTime(10, 0), LocalDate.of(2026, 10, 2).atTime(10, 0));

        assertThat(rules.deadlines(TODAY, only(b))).isEmpty();
    }

    @Test
    void a_semester_sample_below_the_krejcie_morgan_minimum_four_weeks_before_its_end_raises_an_alert() {
        var b = branch(1000);
        surveyDay(b, LocalDate.of(2026, 8, 1), 100, 0, 0, 100);

        var found = rules.ikmSample(LocalDate.of(2026, 12, 10), only(b));

        assertThat(found).hasSize(1);
        // population 1000 × 184 / 30.4375 = 6045; Krejcie–Morgan: 3.841 · 6045 · 0.25 / (0.0025 · 6044 + 0.96) = 361
        assertThat(found.getFirst().params()).containsExactly("II", "2026", 100L, 361L, 6045L, 4L, 66L);
        assertThat(found.getFirst().subject()).isEqualTo("2026-S2");
        assertThat(found.getFirst().link()).isEqualTo("laporan-ikm?periode=s2&tahun=2026&cabang=" + code(b));
    }

    @Test
    void an_ikm_sample_is_not_judged_early_in_the_semester_nor_when_it_is_reached() {
        var small = branch(1000);
        surveyDay(small, LocalDate.of(2026, 8, 1), 100, 0, 0, 100);
        var reached = branch(1000);
        surveyDay(reached, LocalDate.of(2026, 8, 1), 400, 0, 0, 400);

        assertThat(rules.ikmSample(LocalDate.of(2026, 10, 1), only(small))).isEmpty();
        assertThat(rules.ikmSample(LocalDate.of(2026, 12, 10), only(reached))).isEmpty();
    }
}
