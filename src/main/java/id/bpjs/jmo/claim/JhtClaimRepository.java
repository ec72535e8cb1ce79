package id.bpjs.jmo.claim;

import org.springframework.data.jpa.repository.JpaRepository;

interface JhtClaimRepository extends JpaRepository<JhtClaim, Long> {
}
