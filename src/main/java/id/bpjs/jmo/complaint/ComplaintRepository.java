package id.bpjs.jmo.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c join fetch c.branch left join fetch c.assignee where c.id = :id")
    Optional<Complaint> findWithDetails(long id);

    @Query("select c from Complaint c join fetch c.branch left join fetch c.assignee where c.ticketNumber = :ticket")
    Optional<Complaint> findByTicket(String ticket);
}
