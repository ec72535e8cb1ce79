package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances (two lock providers on one database) whose schedulers fire at the same moment run the job body
 * once; the lock is kept for the "at least" time, so a late firing does not run it again.
 */
class JobLockTest extends AlertTestBase {

    @Autowired
    DataSource dataSource;

    private static JobLock instance(DataSource dataSource) {
        return new JobLock(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
    }

    @Test
    void two_instances_firing_together_run_the_job_body_once() throws Exception {
        var first = instance(dataSource);
        var second = instance(dataSource);
        var runs = new AtomicInteger();
        var ran = new AtomicInteger();
        var barrier = new CyclicBarrier(2);
        Runnable body = () -> {
            runs.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        var pool = Executors.newFixedThreadPool(2);
        for (var lock : new JobLock[] {first, second}) {
            pool.submit(() -> {
                barrier.await();
                if (lock.runOnce("uji-bersamaan", Duration.ofMinutes(1), Duration.ofSeconds(30), body)) {
                    ran.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(runs).hasValue(1);
        assertThat(ran).hasValue(1);
        // fired a moment later on the other instance: still within "at least", skipped
        assertThat(second.runOnce("uji-bersamaan", Duration.ofMinutes(1), Duration.ofSeconds(30), body)).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void once_the_lock_is_released_the_next_firing_runs_again() {
        var first = instance(dataSource);
        var second = instance(dataSource);
        var runs = new AtomicInteger();
        assertThat(first.runOnce("uji-berurutan", Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(second.runOnce("uji-berurutan", Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
    }
}
