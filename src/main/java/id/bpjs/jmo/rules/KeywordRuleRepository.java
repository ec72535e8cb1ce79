package id.bpjs.jmo.rules;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeywordRuleRepository extends JpaRepository<KeywordRule, Long> {

    List<KeywordRule> findAllByOrderByAttributeAscKeywordAsc();
}
