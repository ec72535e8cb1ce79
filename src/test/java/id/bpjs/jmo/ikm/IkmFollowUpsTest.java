package id.bpjs.jmo.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.base.domain.WeightConvention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The follow-up plan published with the IKM: per branch and period, written by managers and admins. */
@SpringBootTest
@ActiveProfiles("test")
class IkmFollowUpsTest {

    private static final DateRange SEMESTER = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

    @Autowired
    IkmFollowUps followUps;
    @Autowired
    IkmReports reports;
    @Autowired
    BranchService branches;

    private long branch(String code) {
        return branches.byCode(code).orElseThrow().getId();
    }

    @Test
    @WithUserDetails("manajer")
    void a_manager_writes_the_plan_of_a_branch_and_period_and_the_report_carries_it() {
        followUps.save(branch("SMG"), SEMESTER, "  Menambah petugas pendamping JMO di loket.  ");
        assertThat(followUps.plan(branch("SMG"), SEMESTER)).isEqualTo("Menambah petugas pendamping JMO di loket.");
        // another period and another branch have their own plan
        assertThat(followUps.plan(branch("SMG"), new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))))
                .isEmpty();
        assertThat(followUps.plan(branch("PWT"), SEMESTER)).isEmpty();
        var report = reports.report(new RecordFilter(SEMESTER, branch("SMG"), null), WeightConvention.EXACT_NINTH);
        assertThat(report.publication().followUpPlan()).isEqualTo("Menambah petugas pendamping JMO di loket.");
        // replaced, then removed by a blank text
        followUps.save(branch("SMG"), SEMESTER, "Rencana baru");
        assertThat(followUps.plan(branch("SMG"), SEMESTER)).isEqualTo("Rencana baru");
        followUps.save(branch("SMG"), SEMESTER, " ");
        assertThat(followUps.plan(branch("SMG"), SEMESTER)).isEmpty();
    }

    @Test
    @WithUserDetails("manajer")
    void a_plan_longer_than_the_column_is_refused_with_its_message() {
        assertThatThrownBy(() -> followUps.save(branch("SMG"), SEMESTER, "x".repeat(IkmFollowUps.MAX_LENGTH + 1)))
                .isInstanceOf(MessageKeyException.class).hasMessage("ikm.followUp.tooLong");
    }

    @Test
    @WithUserDetails("petugas")
    void staff_read_their_branch_plan_but_may_not_write_it() {
        assertThatThrownBy(() -> followUps.save(branch("PWT"), SEMESTER, "Rencana petugas"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(followUps.plan(branch("SMG"), SEMESTER)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_head_of_the_branch_signs_the_report_once_entered_in_the_branch() {
        var pwt = branches.byCode("PWT").orElseThrow();
        var before = pwt.getHeadName();
        try {
            pwt.setHeadName("  Siti Rahmawati ");
            branches.saveAsAdmin(pwt);
            var report = reports.report(new RecordFilter(SEMESTER, pwt.getId(), null), WeightConvention.EXACT_NINTH);
            assertThat(report.publication().headName()).isEqualTo("Siti Rahmawati");
            assertThat(report.publication().branchName()).isEqualTo(pwt.getName());
        } finally {
            pwt.setHeadName(before);
            branches.saveAsAdmin(pwt);
        }
    }
}
