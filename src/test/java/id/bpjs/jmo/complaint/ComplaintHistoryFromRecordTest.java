package id.bpjs.jmo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** A complaint that has a first response but no history rows (start-up data, imports) still shows its milestones. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintHistoryFromRecordTest {

    @Autowired
    ComplaintService service;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manajer")
    void a_demo_complaint_with_a_first_response_shows_received_first_response_and_resolution_from_its_record() {
        var id = jdbc.queryForObject("select min(c.id) from complaint c where c.first_response_at is not null"
                + " and c.resolved_at is not null and not exists (select 1 from complaint_history h"
                + " where h.complaint_id = c.id)", Long.class);
        assertThat(id).as("the demo has complaints with a first response and no history rows").isNotNull();

        var history = service.history(id);

        assertThat(history).extracting(ComplaintHistory::getField)
                .containsExactly("resolvedAt", "firstResponseAt", "created");
        assertThat(history).allSatisfy(h -> assertThat(h.getNote()).isEqualTo(ComplaintHistory.FROM_RECORD));
    }

    @Test
    @WithUserDetails("petugas")
    void a_complaint_recorded_in_the_app_keeps_its_own_history_without_duplicates() {
        var id = jdbc.queryForObject("select min(c.id) from complaint c join branch b on b.id = c.branch_id"
                + " where b.code = 'PWT' and c.status = 'NEW'", Long.class);
        var complaint = service.transition(id, jdbc.queryForObject("select version from complaint where id = ?",
                Long.class, id), ComplaintStatus.IN_PROGRESS, null);

        var history = service.history(complaint.getId());

        assertThat(history).filteredOn(h -> h.getField().equals("firstResponseAt")).hasSize(1)
                .allSatisfy(h -> assertThat(h.getNote()).isNotEqualTo(ComplaintHistory.FROM_RECORD));
    }
}
