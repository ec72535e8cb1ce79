package id.bpjs.jmo.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A sliding-window limit on public survey submissions per client and branch: at most {@link #LIMIT} in
 * {@link #WINDOW}. Kept in memory (one application instance); a kiosk tablet at a busy counter stays well below it,
 * a script filling the form in a loop does not.
 */
@Component
public class SubmissionLimiter {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    SubmissionLimiter() {
        this(Clock.systemUTC());
    }

    SubmissionLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt; false when the client already used up its submissions for this branch. */
    public boolean tryAcquire(String client, String branchCode) {
        var now = clock.instant();
        if (recent.size() > MAX_KEYS) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        var times = recent.computeIfAbsent(client + "|" + branchCode, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= LIMIT) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
