package id.bpjs.jmo.persistence;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same contract on PostgreSQL. It does not skip: the test command checks the server is reachable first, and a
 * missing server fails the build (CI must prove PostgreSQL works).
 */
@SpringBootTest(properties = "jmo.demo.enabled=false")
@ActiveProfiles({"test", "pgtest"})
@Import(PostgresPersistenceTest.CleanSchema.class)
class PostgresPersistenceTest extends PersistenceContract {

    @TestConfiguration
    static class CleanSchema {
        /** Starts every run from an empty schema, so the migrations themselves are tested. */
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
