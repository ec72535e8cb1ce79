package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The complaint list's one-click queues and its search, through the records service. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintQueuesTest {

    @Autowired
    ComplaintService service;
    @Autowired
    ComplaintRecords records;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now();
    private final ComplaintQuery lastMonth = new ComplaintQuery(new RecordFilter(DateRange.lastMonths(1, today), null,
            null), null, null, null, false);

    private Complaint recordReceived(LocalDateTime receivedAt, String kpj) {
        var complaint = new Complaint();
        complaint.setReceivedAt(receivedAt);
        complaint.setChannel(ComplaintChannel.COUNTER);
        complaint.setKpjNumber(kpj);
        complaint.setCategory(ComplaintCategory.HARD_TO_USE);
        complaint.setAttribute(RogersAttribute.COMPLEXITY);
        complaint.setDescription("Peserta lansia belum bisa masuk ke aplikasi");
        return service.create(complaint);
    }

    private long listed(ComplaintQuery query) {
        return records.list(query, today, PageRequest.of(0, 100_000)).getNumberOfElements();
    }

    @Test
    @WithUserDetails("petugas")
    void each_queue_counts_exactly_what_its_list_shows() {
        var mine = recordReceived(LocalDateTime.now().minusHours(2), "12345678941");
        service.transition(mine.getId(), mine.getVersion(), ComplaintStatus.IN_PROGRESS, null);
        recordReceived(LocalDateTime.now().minusHours(1), "12345678942");

        var counts = records.queueCounts(lastMonth, today);

        assertThat(counts).containsOnlyKeys(ComplaintQueue.values());
        for (var queue : ComplaintQueue.values()) {
            assertThat(counts.get(queue)).as(queue.name()).isEqualTo(listed(lastMonth.inQueue(queue)));
        }
        assertThat(counts.get(ComplaintQueue.MINE)).isPositive();
        assertThat(counts.get(ComplaintQueue.UNASSIGNED)).isPositive();
        assertThat(counts.get(ComplaintQueue.NEW)).isPositive();
    }

    @Test
    @WithUserDetails("petugas")
    void open_work_older_than_the_period_stays_in_the_work_queues_but_not_in_the_status_lists() {
        var old = recordReceived(LocalDateTime.now().minusDays(200), "12345678943");
        var before = records.queueCounts(lastMonth, today);
        assertThat(records.list(lastMonth.inQueue(ComplaintQueue.UNASSIGNED), today, PageRequest.of(0, 100_000))
                .getContent()).extracting(Complaint::getId).contains(old.getId());
        assertThat(records.list(lastMonth.inQueue(ComplaintQueue.OVERDUE), today, PageRequest.of(0, 100_000))
                .getContent()).extracting(Complaint::getId).contains(old.getId());
        assertThat(records.list(lastMonth.inQueue(ComplaintQueue.NEW), today, PageRequest.of(0, 100_000))
                .getContent()).extracting(Complaint::getId).doesNotContain(old.getId());
        assertThat(before.get(ComplaintQueue.OVERDUE)).isPositive();
    }

    @Test
    @WithUserDetails("petugas")
    void a_ticket_or_kpj_number_finds_its_record_whatever_the_period() {
        var old = recordReceived(LocalDateTime.now().minusDays(400), "12345678944");
        var byTicket = new ComplaintQuery(lastMonth.filter(), null, null, null, false, old.getTicketNumber(), false);
        var byKpj = new ComplaintQuery(lastMonth.filter(), null, null, null, false, "12345678944", false);
        var byWord = new ComplaintQuery(lastMonth.filter(), null, null, null, false, "lansia", false);

        assertThat(records.list(byTicket, today, PageRequest.of(0, 10)).getContent()).extracting(Complaint::getId)
                .containsExactly(old.getId());
        assertThat(records.list(byKpj, today, PageRequest.of(0, 10)).getContent()).extracting(Complaint::getId)
                .containsExactly(old.getId());
        // words of the description still search within the period
        assertThat(records.list(byWord, today, PageRequest.of(0, 100_000)).getContent()).extracting(Complaint::getId)
                .doesNotContain(old.getId());
    }

    @Test
    @WithUserDetails("petugas")
    void an_assignee_filter_names_only_people_of_a_branch_the_reader_may_see() {
        long colleague = jdbc.queryForObject("select id from app_user where username = 'manajer'", Long.class);
        long elsewhere = jdbc.queryForObject("select id from app_user where username = 'petugas.smg'", Long.class);
        assertThat(records.assigneeName(colleague)).contains("Budi Santoso");
        assertThat(records.assigneeName(elsewhere)).isEmpty();
        assertThat(records.assigneeName(-1)).isEmpty();
    }

    @Test
    @WithUserDetails("manajer")
    void a_manager_may_filter_by_anyone() {
        long elsewhere = jdbc.queryForObject("select id from app_user where username = 'petugas.smg'", Long.class);
        assertThat(records.assigneeName(elsewhere)).contains("Agus Wibowo");
    }
}
