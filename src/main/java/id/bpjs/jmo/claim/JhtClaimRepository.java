package id.bpjs.jmo.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JhtClaimRepository extends JpaRepository<JhtClaim, Long> {

    @Query("select c from JhtClaim c join fetch c.branch where c.id = :id")
    Optional<JhtClaim> findWithBranch(long id);
}
