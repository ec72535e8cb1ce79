package id.bpjs.jmo.alert;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one app instance only: the instance that takes the named lock row (ShedLock, table
 * {@code shedlock}) runs it; the others skip it at once (they do not wait). {@code atLeast} keeps the lock after a
 * quick run, so an instance whose scheduler fires a moment later does not run the job a second time.
 */
@Component
public class JobLock {

    private final LockingTaskExecutor executor;

    public JobLock(LockProvider provider) {
        this.executor = new DefaultLockingTaskExecutor(provider);
    }

    /** Runs {@code body} under the lock {@code name}; true when it ran here, false when another holder had it. */
    public boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable body) {
        try {
            var result = executor.executeWithLock(() -> {
                body.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), name, atMost, atLeast));
            return result.wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
