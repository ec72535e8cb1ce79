package id.bpjs.jmo.complaint;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintHistoryRepository extends JpaRepository<ComplaintHistory, Long> {

    List<ComplaintHistory> findByComplaintIdOrderByChangedAtDescIdDesc(long complaintId);

    List<ComplaintHistory> findByComplaintIdAndChangedAtAfterOrderByChangedAtAsc(long complaintId, LocalDateTime after);
}
