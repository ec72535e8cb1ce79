package id.bpjs.jmo.persistence;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Same on PostgreSQL, in a schema of its own, migrated from empty. */
@SpringBootTest(properties = {"jmo.demo.enabled=false",
        "spring.datasource.hikari.connection-init-sql=SET search_path TO jmo_recycle",
        "spring.flyway.schemas=jmo_recycle", "spring.flyway.default-schema=jmo_recycle",
        "spring.jpa.properties.hibernate.default_schema=jmo_recycle"})
@ActiveProfiles({"test", "pgtest"})
@Import(PostgresCheckConstraintsAfterPoolRecycleTest.CleanSchema.class)
class PostgresCheckConstraintsAfterPoolRecycleTest extends CheckConstraintsAfterPoolRecycle {

    @Override
    String schema() {
        return "jmo_recycle";
    }

    @TestConfiguration
    static class CleanSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
