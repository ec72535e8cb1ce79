package id.bpjs.jmo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two application instances (two limiters, each with its own connection pool) on ONE database share one limit: what
 * one instance counted, the other refuses. On PostgreSQL (Bucket4j's PostgreSQL proxy manager) and on the embedded
 * H2 (the H2 variant on the same table), both migrated by the real Flyway migrations.
 */
class SubmissionLimiterTwoInstancesTest {

    private static final String SCHEMA = "survey_limit_two_instances";
    private static final SubmissionLimiter.Limits LIMITS = new SubmissionLimiter.Limits(3, 20, 30, Duration.ofHours(1));

    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    /** Migrates a fresh database and returns two pools on it, as two app instances would have. */
    private List<HikariDataSource> twoInstancesOn(String database) {
        String url;
        String user;
        String initSql = null;
        if (database.equals("postgres")) {
            url = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
            user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
            var flyway = Flyway.configure().dataSource(url, user, System.getenv("TEST_POSTGRES_PASSWORD"))
                    .schemas(SCHEMA).defaultSchema(SCHEMA).cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            initSql = "SET search_path TO " + SCHEMA;
        } else {
            url = "jdbc:h2:mem:two-instances-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            Flyway.configure().dataSource(url, user, "").load().migrate();
        }
        for (int i = 0; i < 2; i++) {
            var config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(database.equals("postgres") ? System.getenv("TEST_POSTGRES_PASSWORD") : "");
            config.setMaximumPoolSize(4);
            config.setPoolName("instance-" + (i + 1));
            if (initSql != null) {
                config.setConnectionInitSql(initSql);
            }
            pools.add(new HikariDataSource(config));
        }
        return pools;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void what_one_instance_counted_the_other_refuses(String database) {
        var pools = twoInstancesOn(database);
        var first = new SubmissionLimiter(pools.get(0), LIMITS);
        var second = new SubmissionLimiter(pools.get(1), LIMITS);
        var phone = new SurveyClient("192.0.2.10", "device-" + UUID.randomUUID(), false, null);

        assertThat(first.tryAcquire(phone, null)).isTrue();
        assertThat(second.tryAcquire(phone, null)).isTrue();
        assertThat(first.tryAcquire(phone, null)).isTrue();
        // the device's 3 are used up across both instances: neither lets a 4th through, and both say so up front
        assertThat(second.tryAcquire(phone, null)).isFalse();
        assertThat(first.tryAcquire(phone, null)).isFalse();
        assertThat(second.check(phone, null).allowed()).isFalse();
        assertThat(first.check(phone, null).retryAfter()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void concurrent_submissions_on_both_instances_never_exceed_one_shared_address_limit(String database)
            throws Exception {
        var pools = twoInstancesOn(database);
        var instances = List.of(new SubmissionLimiter(pools.get(0), LIMITS),
                new SubmissionLimiter(pools.get(1), LIMITS));
        var accepted = new AtomicInteger();
        var tasks = new ArrayList<Callable<Void>>();
        // 60 devices behind one address, half on each instance, all at once: the address allows 20
        for (int i = 0; i < 60; i++) {
            var limiter = instances.get(i % 2);
            var client = new SurveyClient("198.51.100.7", "device-" + i + "-" + UUID.randomUUID(), false, null);
            tasks.add(() -> {
                if (limiter.tryAcquire(client, null)) {
                    accepted.incrementAndGet();
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        }
        assertThat(accepted.get()).isEqualTo(LIMITS.perAddress());
    }
}
