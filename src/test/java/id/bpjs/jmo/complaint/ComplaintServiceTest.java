package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.time.ServiceTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.security.UserService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Recording, workflow, history, locking, masking and rights of complaints, through the service. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintServiceTest {

    @Autowired
    ComplaintService service;
    @Autowired
    ComplaintRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;

    private static Complaint draft(String kpj, String description) {
        var complaint = new Complaint();
        complaint.setReceivedAt(LocalDateTime.now(ServiceTime.DEFAULT_ZONE).minusMinutes(10));
        complaint.setChannel(ComplaintChannel.COUNTER);
        complaint.setKpjNumber(kpj);
        complaint.setCategory(ComplaintCategory.HARD_TO_USE);
        complaint.setAttribute(RogersAttribute.COMPLEXITY);
        complaint.setDescription(description);
        return complaint;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from complaint", Long.class);
    }

    @Test
    @WithUserDetails("petugas")
    void staff_record_a_complaint_with_the_next_ticket_number_of_their_branch_and_year() {
        var first = service.create(draft("12345678901", "Peserta bingung alur klaim di aplikasi"));
        var second = service.create(draft("12345678902", "Peserta tidak paham cara unggah foto"));
        int year = LocalDate.now(ServiceTime.DEFAULT_ZONE).getYear();
        assertThat(first.getTicketNumber()).matches("PWT-" + year + "-\\d{6}");
        int a = Integer.parseInt(first.getTicketNumber().substring(9));
        int b = Integer.parseInt(second.getTicketNumber().substring(9));
        assertThat(b).isEqualTo(a + 1);
        assertThat(first.getStatus()).isEqualTo(ComplaintStatus.NEW);
        assertThat(service.history(first.getId())).extracting(ComplaintHistory::getField, ComplaintHistory::getChangedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("created", "petugas"));
    }

    @Test
    @WithUserDetails("petugas")
    void bad_input_names_the_field_and_stores_nothing() {
        long before = count();
        var bad = draft("123456789", "pendek");
        bad.setReceivedAt(LocalDateTime.now(ServiceTime.DEFAULT_ZONE).plusDays(1));
        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("kpjNumber", "receivedAt", "description"));
        var appError = draft("12345678901", "Aplikasi force close di menu klaim");
        appError.setCategory(ComplaintCategory.APP_ERROR);
        assertThatThrownBy(() -> service.create(appError)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("appErrorDescribed");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("petugas")
    void the_workflow_time_stamps_first_response_and_resolution_and_reopening_needs_a_reason() {
        var c = service.create(draft("12345678903", "Peserta kesulitan mencari menu pengkinian data"));
        assertThatThrownBy(() -> service.transition(c.getId(), c.getVersion(), ComplaintStatus.CLOSED, null))
                .isInstanceOfSatisfying(ComplaintException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.transition.notAllowed"));

        var started = service.transition(c.getId(), c.getVersion(), ComplaintStatus.IN_PROGRESS, null);
        assertThat(started.getFirstResponseAt()).isNotNull();
        assertThatThrownBy(() -> service.transition(c.getId(), started.getVersion(), ComplaintStatus.RESOLVED, " "))
                .isInstanceOfSatisfying(ComplaintException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.resolve.noteRequired"));
        var resolved = service.transition(c.getId(), started.getVersion(), ComplaintStatus.RESOLVED,
                "Dipandu sampai berhasil");
        assertThat(resolved.getResolvedAt()).isNotNull();
        assertThat(resolved.getResolutionNote()).isEqualTo("Dipandu sampai berhasil");
        var closed = service.transition(c.getId(), resolved.getVersion(), ComplaintStatus.CLOSED, null);

        assertThatThrownBy(() -> service.transition(c.getId(), closed.getVersion(), ComplaintStatus.IN_PROGRESS, ""))
                .isInstanceOfSatisfying(ComplaintException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.reopen.reasonRequired"));
        var reopened = service.transition(c.getId(), closed.getVersion(), ComplaintStatus.IN_PROGRESS,
                "Peserta datang lagi, masih gagal");
        assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(reopened.getResolvedAt()).isNull();
        assertThat(service.history(c.getId())).anySatisfy(h -> {
            assertThat(h.getField()).isEqualTo("status");
            assertThat(h.getOldValue()).isEqualTo("CLOSED");
            assertThat(h.getNote()).isEqualTo("Peserta datang lagi, masih gagal");
        });
    }

    @Test
    @WithUserDetails("petugas")
    void every_change_is_kept_with_who_which_field_old_and_new_value() {
        var c = service.create(draft("12345678904", "Peserta tidak menerima kode OTP"));
        var edited = service.find(c.getId()).orElseThrow();
        edited.setDescription("Peserta tidak menerima kode OTP sejak kemarin");
        edited.setSeverity(Severity.HIGH);
        service.update(edited, LocalDateTime.now(ServiceTime.DEFAULT_ZONE));
        var history = service.history(c.getId());
        assertThat(history).anySatisfy(h -> {
            assertThat(h.getField()).isEqualTo("description");
            assertThat(h.getOldValue()).isEqualTo("Peserta tidak menerima kode OTP");
            assertThat(h.getNewValue()).isEqualTo("Peserta tidak menerima kode OTP sejak kemarin");
            assertThat(h.getChangedBy()).isEqualTo("petugas");
        });
        assertThat(history).anySatisfy(h -> assertThat(h.getField()).isEqualTo("severity"));
    }

    @Test
    @WithUserDetails("petugas")
    void the_second_of_two_concurrent_saves_gets_a_conflict_and_nothing_is_overwritten() {
        var c = service.create(draft("12345678905", "Saldo JHT tidak tampil di aplikasi"));
        var opened = LocalDateTime.now(ServiceTime.DEFAULT_ZONE).minusSeconds(1);
        var mine = service.find(c.getId()).orElseThrow();
        var theirs = service.find(c.getId()).orElseThrow();
        theirs.setDescription("Saldo JHT tidak tampil, dicek rekan di loket");
        service.update(theirs, opened);
        mine.setDescription("Saldo JHT tidak tampil sejak update");
        assertThatThrownBy(() -> service.update(mine, opened)).isInstanceOfSatisfying(ConcurrentEditException.class,
                e -> assertThat(e.theirChanges()).anySatisfy(h -> assertThat(h.getNewValue())
                        .isEqualTo("Saldo JHT tidak tampil, dicek rekan di loket")));
        assertThat(service.find(c.getId()).orElseThrow().getDescription())
                .isEqualTo("Saldo JHT tidak tampil, dicek rekan di loket");
        assertThat(mine.getDescription()).isEqualTo("Saldo JHT tidak tampil sejak update");
    }

    @Test
    @WithUserDetails("petugas")
    void kpj_numbers_are_masked_and_a_reveal_is_recorded() {
        var c = service.create(draft("98765432101", "Peserta minta fitur ubah rekening"));
        assertThat(c.getMaskedKpjNumber()).isEqualTo("********101");
        assertThat(service.history(c.getId()).getFirst().getNewValue()).doesNotContain("98765432101");
        assertThat(service.revealKpj(c.getId())).isEqualTo("98765432101");
        assertThat(jdbc.queryForObject("select count(*) from kpj_reveal where complaint_id = ?", Long.class,
                c.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select revealed_by from kpj_reveal where complaint_id = ?", String.class,
                c.getId())).isEqualTo("petugas");
    }

    @Test
    @WithUserDetails("manajer")
    void managers_read_and_reassign_but_do_not_record_or_reveal() {
        assertThatThrownBy(() -> service.create(draft("12345678906", "Peserta menanyakan jadwal pencairan")))
                .isInstanceOf(AccessDeniedException.class);
        var existing = jdbc.queryForObject("select id from complaint where branch_id = (select id from branch"
                + " where code = 'PWT') order by id limit 1", Long.class);
        var complaint = service.find(existing).orElseThrow();
        assertThatThrownBy(() -> service.revealKpj(existing)).isInstanceOf(AccessDeniedException.class);
        var staff = users.byUsername("petugas").orElseThrow();
        var reassigned = service.assign(existing, complaint.getVersion(), staff.getId());
        assertThat(reassigned.getAssignee().getUsername()).isEqualTo("petugas");
    }

    @Test
    @WithUserDetails("petugas.smg")
    void staff_cannot_change_another_branchs_complaint_or_assign_outside_the_branch() {
        var pwtComplaint = jdbc.queryForObject("select id from complaint where branch_id = (select id from branch"
                + " where code = 'PWT') order by id limit 1", Long.class);
        assertThat(service.find(pwtComplaint)).isEmpty();
        assertThatThrownBy(() -> service.transition(pwtComplaint, 0, ComplaintStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        var own = service.create(draft("12345678907", "Peserta bingung menu klaim"));
        var pwtStaff = users.byUsername("petugas").orElseThrow();
        assertThatThrownBy(() -> service.assign(own.getId(), own.getVersion(), pwtStaff.getId()))
                .isInstanceOfSatisfying(ComplaintException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.assign.notBranchStaff"));
    }

    @Test
    @WithUserDetails("petugas")
    void time_limits_are_counted_in_working_days_with_the_holiday_calendar() {
        var c = draft("12345678908", "Peserta bingung alur klaim");
        c.setReceivedAt(LocalDateTime.of(2026, 3, 18, 9, 0));
        c.setStatus(ComplaintStatus.NEW);
        // Nyepi, Idul Fitri, weekend and cuti bersama: on 25 March the complaint is one working day old
        assertThat(records.ageInWorkingDays(c, LocalDate.of(2026, 3, 25))).isEqualTo(1);
        assertThat(records.isOverdue(c, LocalDate.of(2026, 3, 25))).isFalse();
        // no first response after 4 working days: overdue (limit 3) although the resolution limit (5) is not reached
        assertThat(records.ageInWorkingDays(c, LocalDate.of(2026, 3, 30))).isEqualTo(4);
        assertThat(records.isOverdue(c, LocalDate.of(2026, 3, 30))).isTrue();
        c.setFirstResponseAt(LocalDateTime.of(2026, 3, 25, 10, 0));
        c.setStatus(ComplaintStatus.IN_PROGRESS);
        assertThat(records.isOverdue(c, LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(records.isOverdue(c, LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Autowired
    id.bpjs.jmo.branch.BranchService branchService;

    @Test
    @WithUserDetails("petugas")
    void taking_an_unassigned_complaint_into_process_makes_the_clicker_its_assignee() {
        var c = service.create(draft("12345678931", "Peserta belum bisa login setelah ganti ponsel"));
        assertThat(c.getAssignee()).isNull();
        var started = service.transition(c.getId(), c.getVersion(), ComplaintStatus.IN_PROGRESS, null);
        assertThat(started.getAssignee()).isNotNull();
        assertThat(started.getAssignee().getUsername()).isEqualTo("petugas");
        assertThat(service.history(c.getId())).anySatisfy(h -> {
            assertThat(h.getField()).isEqualTo("assignee");
            assertThat(h.getOldValue()).isNull();
            assertThat(h.getNewValue()).isEqualTo("petugas");
        });
    }

    @Test
    @WithUserDetails("petugas")
    void taking_an_assigned_complaint_into_process_keeps_its_assignee() {
        var colleague = users.byUsername("petugas.pwt2").orElseGet(() -> users.createAccount("petugas.pwt2",
                "rahasia-panjang-1", "Rekan Loket", id.bpjs.jmo.security.Role.STAFF,
                branchService.byCode("PWT").orElseThrow()));
        var c = service.create(draft("12345678932", "Saldo JHT tidak tampil di aplikasi"));
        var assigned = service.assign(c.getId(), c.getVersion(), colleague.getId());
        var started = service.transition(c.getId(), assigned.getVersion(), ComplaintStatus.IN_PROGRESS, null);
        assertThat(started.getAssignee().getUsername()).isEqualTo("petugas.pwt2");
    }
}
