package id.bpjs.jmo.coding;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CodedExcerptRepository extends JpaRepository<CodedExcerpt, Long> {

    @Query("select n from CodedExcerpt n join fetch n.branch b where n.notedOn between :from and :to"
            + " and (:branch is null or b.id = :branch) order by n.notedOn desc, n.id desc")
    List<CodedExcerpt> inPeriod(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("branch") @Nullable Long branch);

    boolean existsBySourceRef(String sourceRef);
}
