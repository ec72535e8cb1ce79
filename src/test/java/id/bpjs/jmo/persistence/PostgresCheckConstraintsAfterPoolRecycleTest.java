package id.bpjs.jmo.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Same on PostgreSQL, in a schema of its own, migrated from empty (cleaned first, as the persistence contract). */
@SpringBootTest(properties = {"jmo.demo.enabled=false",
        "spring.datasource.hikari.connection-init-sql=SET search_path TO jmo_recycle",
        "spring.flyway.schemas=jmo_recycle", "spring.flyway.default-schema=jmo_recycle",
        "spring.jpa.properties.hibernate.default_schema=jmo_recycle"})
@ActiveProfiles({"test", "pgtest"})
@Import(PostgresPersistenceTest.CleanSchema.class)
class PostgresCheckConstraintsAfterPoolRecycleTest extends CheckConstraintsAfterPoolRecycle {

    @Override
    String schema() {
        return "jmo_recycle";
    }
}
