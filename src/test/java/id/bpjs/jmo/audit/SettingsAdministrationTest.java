package id.bpjs.jmo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.Holiday;
import id.bpjs.jmo.calendar.HolidayException;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintRecords;
import id.bpjs.jmo.complaint.ComplaintStatus;
import id.bpjs.jmo.rules.DuplicateKeywordException;
import id.bpjs.jmo.rules.KeywordRule;
import id.bpjs.jmo.rules.KeywordRules;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Settings the numbers depend on: only admins change them, bad input is refused whole, every change is traced. */
@SpringBootTest
@ActiveProfiles("test")
class SettingsAdministrationTest {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    KeywordRules rules;
    @Autowired
    SettingsTrace trace;
    @Autowired
    ComplaintRecords records;
    @Autowired
    JdbcTemplate jdbc;

    private long holidays() {
        return jdbc.queryForObject("select count(*) from holiday", Long.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_added_holiday_changes_a_complaints_age_and_is_traced() {
        var complaint = new Complaint();
        complaint.setReceivedAt(LocalDateTime.of(2027, 10, 4, 9, 0));
        complaint.setStatus(ComplaintStatus.IN_PROGRESS);
        var today = LocalDate.of(2027, 10, 8);
        int before = records.ageInWorkingDays(complaint, today);
        var added = calendar.save(new Holiday(LocalDate.of(2027, 10, 6), "Libur daerah uji", Holiday.Kind.COLLECTIVE_LEAVE));
        try {
            assertThat(records.ageInWorkingDays(complaint, today)).isEqualTo(before - 1);
            assertThat(trace.recent(5)).anySatisfy(c -> {
                assertThat(c.area()).isEqualTo("holiday");
                assertThat(c.changedBy()).isEqualTo("admin");
                assertThat(c.oldValue()).isNull();
                assertThat(c.newValue()).contains("Libur daerah uji");
            });
        } finally {
            calendar.delete(added);
        }
        assertThat(records.ageInWorkingDays(complaint, today)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void an_empty_holiday_name_or_a_second_holiday_on_a_date_is_refused_and_nothing_is_saved() {
        long before = holidays();
        assertThatThrownBy(() -> calendar.save(new Holiday(LocalDate.of(2027, 11, 3), " ", Holiday.Kind.NATIONAL)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).containsExactly("name"));
        assertThatThrownBy(() -> calendar.save(new Holiday(LocalDate.of(2026, 8, 17), "Dobel", Holiday.Kind.NATIONAL)))
                .isInstanceOf(HolidayException.class);
        assertThat(holidays()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("manajer")
    void managers_read_but_do_not_change_settings() {
        assertThat(trace.recent(10)).isNotNull();
        assertThat(rules.all()).isNotEmpty();
        assertThatThrownBy(() -> calendar.save(new Holiday(LocalDate.of(2027, 12, 1), "Uji", Holiday.Kind.NATIONAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.save(new KeywordRule("lemot", RogersAttribute.COMPATIBILITY, null, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("petugas")
    void staff_cannot_read_the_trace() {
        assertThatThrownBy(() -> trace.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_keyword_rule_that_would_match_everything_or_twice_is_refused_and_a_good_one_is_traced() {
        assertThatThrownBy(() -> rules.save(new KeywordRule("", RogersAttribute.COMPLEXITY, null, 1)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).contains("keyword"));
        assertThatThrownBy(() -> rules.save(new KeywordRule("a", RogersAttribute.COMPLEXITY, null, 1)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> rules.save(new KeywordRule("Ribet", RogersAttribute.COMPATIBILITY, null, 1)))
                .isInstanceOf(DuplicateKeywordException.class);
        var saved = rules.save(new KeywordRule("Lemot", RogersAttribute.COMPATIBILITY,
                KeywordRule.Sentiment.NEGATIVE, 2));
        try {
            assertThat(saved.getKeyword()).isEqualTo("lemot");
            assertThat(rules.suggest("aplikasinya lemot sekali", RogersAttribute.TRIALABILITY).attribute())
                    .isEqualTo(RogersAttribute.COMPATIBILITY);
            assertThat(trace.recent(5)).anySatisfy(c -> assertThat(c.item()).isEqualTo("lemot"));
        } finally {
            rules.delete(saved);
        }
    }

    @Autowired
    id.bpjs.jmo.branch.BranchService branches;

    @Test
    @WithUserDetails("admin")
    void branches_need_a_unique_code_and_a_positive_population_and_changes_are_traced() {
        long before = branches.count();
        assertThatThrownBy(() -> branches.saveAsAdmin(new id.bpjs.jmo.branch.Branch("pwt", "Dobel", "Kanwil", 100)))
                .isInstanceOf(IllegalStateException.class).hasMessage("branch.duplicate");
        assertThatThrownBy(() -> branches.saveAsAdmin(new id.bpjs.jmo.branch.Branch("KDS", "Kudus", "Kanwil", 0)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).containsExactly("servedPerMonth"));
        assertThat(branches.count()).isEqualTo(before);
        var kudus = branches.saveAsAdmin(new id.bpjs.jmo.branch.Branch("kds", "Kudus", "Kanwil Jateng DIY", 2500));
        assertThat(kudus.getCode()).isEqualTo("KDS");
        assertThat(trace.recent(5)).anySatisfy(c -> assertThat(c.item()).isEqualTo("KDS"));
    }

    @Test
    @WithUserDetails("manajer")
    void managers_cannot_change_branches() {
        assertThatThrownBy(() -> branches.saveAsAdmin(new id.bpjs.jmo.branch.Branch("JPR", "Jepara", "Kanwil", 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    id.bpjs.jmo.settings.AppSettings settings;
    @Autowired
    id.bpjs.jmo.complaint.ComplaintTimeLimits limits;

    @Test
    @WithUserDetails("admin")
    void a_changed_time_limit_changes_what_is_overdue_and_zero_is_refused() {
        var complaint = new Complaint();
        complaint.setReceivedAt(LocalDateTime.of(2026, 11, 16, 9, 0));
        complaint.setStatus(ComplaintStatus.IN_PROGRESS);
        complaint.setFirstResponseAt(LocalDateTime.of(2026, 11, 16, 10, 0));
        var today = LocalDate.of(2026, 11, 20); // 4 working days later
        assertThat(records.isOverdue(complaint, today)).isFalse();
        assertThatThrownBy(() -> settings.setWorkingDays(id.bpjs.jmo.settings.AppSettings.RESOLUTION_DAYS, 0))
                .isInstanceOf(IllegalArgumentException.class);
        try {
            settings.setWorkingDays(id.bpjs.jmo.settings.AppSettings.RESOLUTION_DAYS, 3);
            assertThat(limits.resolutionDays()).isEqualTo(3);
            assertThat(records.isOverdue(complaint, today)).isTrue();
            assertThat(trace.recent(5)).anySatisfy(c -> {
                assertThat(c.item()).isEqualTo("complaint.resolution-days");
                assertThat(c.newValue()).isEqualTo("3");
            });
        } finally {
            settings.setWorkingDays(id.bpjs.jmo.settings.AppSettings.RESOLUTION_DAYS, 5);
        }
    }

    @Test
    @WithUserDetails("manajer")
    void managers_cannot_change_time_limits() {
        assertThatThrownBy(() -> settings.setWorkingDays(id.bpjs.jmo.settings.AppSettings.FIRST_RESPONSE_DAYS, 2))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    id.bpjs.jmo.complaint.CategoryDefaults categoryDefaults;

    @Test
    @WithUserDetails("admin")
    void a_category_default_attribute_can_be_changed_and_is_traced() {
        var category = id.bpjs.jmo.complaint.ComplaintCategory.DIGITAL_CARD;
        assertThat(categoryDefaults.attributeFor(category)).isEqualTo(RogersAttribute.OBSERVABILITY);
        try {
            categoryDefaults.set(category, RogersAttribute.COMPATIBILITY);
            assertThat(categoryDefaults.attributeFor(category)).isEqualTo(RogersAttribute.COMPATIBILITY);
            assertThat(trace.recent(5)).anySatisfy(c -> assertThat(c.item()).endsWith("DIGITAL_CARD"));
        } finally {
            categoryDefaults.set(category, RogersAttribute.OBSERVABILITY);
        }
    }

    @Test
    @WithUserDetails("manajer")
    void managers_cannot_change_category_defaults() {
        assertThatThrownBy(() -> categoryDefaults.set(id.bpjs.jmo.complaint.ComplaintCategory.OTHER,
                RogersAttribute.COMPLEXITY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_preview_applies_rules_that_are_not_saved_yet() {
        var draft = List.of(new KeywordRule("antre", RogersAttribute.RELATIVE_ADVANTAGE, KeywordRule.Sentiment.NEGATIVE, 1));
        var suggestion = KeywordRules.suggest("Masih harus antre lama", RogersAttribute.COMPLEXITY, draft);
        assertThat(suggestion.attribute()).isEqualTo(RogersAttribute.RELATIVE_ADVANTAGE);
        assertThat(suggestion.matched()).containsExactly("antre");
    }
}
