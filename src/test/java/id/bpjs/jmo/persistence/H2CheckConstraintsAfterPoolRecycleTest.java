package id.bpjs.jmo.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"jmo.demo.enabled=false", "spring.datasource.url=jdbc:h2:mem:recycle-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class H2CheckConstraintsAfterPoolRecycleTest extends CheckConstraintsAfterPoolRecycle {

    @Override
    String schema() {
        return "public";
    }
}
