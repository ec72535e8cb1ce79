package id.bpjs.jmo.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ClaimFeedbackServiceTest {

    @Autowired
    ClaimFeedbackService feedback;
    @Autowired
    ClaimStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    private long unratedPwtClaim() {
        return jdbc.queryForObject("select min(id) from jht_claim where speed_rating is null and outcome = 'PAID'"
                + " and branch_id = (select id from branch where code = 'PWT')", Long.class);
    }

    @Test
    @WithUserDetails("petugas")
    void recorded_feedback_is_stored_and_counted_by_the_dashboard_at_once() {
        long id = unratedPwtClaim();
        var day = jdbc.queryForObject("select submitted_at from jht_claim where id = ?", Timestamp.class, id)
                .toLocalDateTime().toLocalDate();
        var filter = new RecordFilter(new DateRange(day, day), null, null);
        long before = statistics.ratingsPerAttribute(filter).stream()
                .filter(r -> r.attribute() == RogersAttribute.TRIALABILITY).mapToLong(ClaimStatistics.Rating::ratings)
                .sum();
        var saved = feedback.recordFeedback(id, 4, RogersAttribute.TRIALABILITY, "Cepat, dibantu petugas");
        assertThat(saved.getSpeedRating()).isEqualTo(4);
        long after = statistics.ratingsPerAttribute(filter).stream()
                .filter(r -> r.attribute() == RogersAttribute.TRIALABILITY).mapToLong(ClaimStatistics.Rating::ratings)
                .sum();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("petugas.smg")
    void staff_of_another_branch_cannot_record_it() {
        long id = unratedPwtClaim();
        assertThatThrownBy(() -> feedback.recordFeedback(id, 5, RogersAttribute.OBSERVABILITY, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manajer")
    void managers_do_not_record_feedback() {
        long id = unratedPwtClaim();
        assertThatThrownBy(() -> feedback.recordFeedback(id, 5, RogersAttribute.OBSERVABILITY, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
