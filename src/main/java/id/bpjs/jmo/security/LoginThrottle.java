package id.bpjs.jmo.security;

import id.bpjs.jmo.audit.SettingsTrace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down (issue 12 §4): failed logins are counted per user name and per client address; after
 * {@code jmo.login.max-failures-per-user} (5) failures for one name, or {@code jmo.login.max-failures-per-address}
 * (20) from one address, further logins for that name or from that address are refused without checking the password
 * for {@code jmo.login.first-lock} (1 minute), doubling with every further failure after the lock ends, up to
 * {@code jmo.login.longest-lock} (1 hour). A successful login clears its user name's count (not the address's: one
 * valid account must not reset a guessing run against the others). Counts are forgotten after a quiet period
 * ({@code jmo.login.forget-user-after} 24 h, {@code jmo.login.forget-address-after} 15 min; short for addresses because
 * a branch office's staff share one address behind NAT).
 * <p>
 * Unknown user names are counted exactly like existing ones and the login page shows one message for every refusal,
 * so neither the count nor the lock tells whether an account exists. State lives in table {@code login_throttle}
 * (migration V12), shared by every app instance on the database; each new lock is written to the settings trace
 * (area {@code login-lock}) where admins and managers see it.
 * <p>
 * The address is {@code request.getRemoteAddr()}: the proxy's address unless the proxy is trusted
 * ({@code JMO_TRUSTED_PROXIES}), then the client's from {@code X-Forwarded-For}.
 * <p>
 * Own code rather than a token-bucket library (Bucket4j): what is needed is a lock that grows and is visible to admins,
 * on H2 as well as PostgreSQL, which a bucket does not express; the counting itself is one row per subject.
 */
@Service
@Transactional
public class LoginThrottle {

    /** What is counted. */
    enum Kind {
        USER, ADDRESS
    }

    private record Policy(int maxFailures, Duration forgetAfter) {
    }

    private record Count(int failures, Instant lastFailure) {
    }

    private final JdbcTemplate jdbc;
    private final SettingsTrace trace;
    private final Policy userPolicy;
    private final Policy addressPolicy;
    private final Duration firstLock;
    private final Duration longestLock;
    private Clock clock = Clock.systemUTC();

    @Autowired
    LoginThrottle(JdbcTemplate jdbc, SettingsTrace trace,
            @Value("${jmo.login.max-failures-per-user:5}") int maxFailuresPerUser,
            @Value("${jmo.login.max-failures-per-address:20}") int maxFailuresPerAddress,
            @Value("${jmo.login.forget-user-after:24h}") Duration forgetUserAfter,
            @Value("${jmo.login.forget-address-after:15m}") Duration forgetAddressAfter,
            @Value("${jmo.login.first-lock:1m}") Duration firstLock,
            @Value("${jmo.login.longest-lock:1h}") Duration longestLock) {
        this.jdbc = jdbc;
        this.trace = trace;
        this.userPolicy = new Policy(maxFailuresPerUser, forgetUserAfter);
        this.addressPolicy = new Policy(maxFailuresPerAddress, forgetAddressAfter);
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    /** Tests move time forward instead of waiting for a lock to end. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * When the lock on this user name or this address ends, if either is locked now (the later of the two).
     *
     * @param username as typed; compared trimmed and lower-cased, like accounts are stored
     * @param address  client IP address, or null when unknown (then only the name is checked)
     */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, @Nullable String address) {
        var now = clock.instant();
        var user = lockEnd(Kind.USER, userKey(username));
        var addr = address == null ? null : lockEnd(Kind.ADDRESS, addressKey(address));
        var later = user == null ? addr : addr == null || user.isAfter(addr) ? user : addr;
        return later != null && later.isAfter(now) ? Optional.of(later) : Optional.empty();
    }

    /** Counts a wrong password (or unknown user name) for the name and the address; locks when a limit is reached. */
    public void recordFailure(String username, @Nullable String address) {
        count(Kind.USER, userKey(username), userPolicy);
        if (address != null) {
            count(Kind.ADDRESS, addressKey(address), addressPolicy);
        }
    }

    /** A correct password clears the count of its user name. */
    public void recordSuccess(String username) {
        jdbc.update("delete from login_throttle where subject_kind = ? and subject = ?", Kind.USER.name(),
                userKey(username));
    }

    /**
     * Every refused login counts (wrong password, unknown name, disabled account: alike, so none stands out), except
     * one refused by the lock itself: waiting out a lock must be enough.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureLockedEvent)) {
            recordFailure(event.getAuthentication().getName(), address(event.getAuthentication()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private void count(Kind kind, String subject, Policy policy) {
        var now = clock.instant();
        // Insert-if-absent, then lock the row: two instances counting the same subject at once serialise here.
        jdbc.update("insert into login_throttle (subject_kind, subject, failures, last_failure) values (?, ?, 0, ?)"
                + " on conflict do nothing", kind.name(), subject, utc(now));
        var count = jdbc.queryForObject("select failures, last_failure from login_throttle"
                + " where subject_kind = ? and subject = ? for update", (rs, n) -> new Count(rs.getInt(1),
                rs.getObject(2, OffsetDateTime.class).toInstant()), kind.name(), subject);
        int failures = (count.lastFailure().plus(policy.forgetAfter()).isBefore(now) ? 0 : count.failures()) + 1;
        var lock = failures >= policy.maxFailures() ? lockDuration(failures - policy.maxFailures()) : null;
        var lockedUntil = lock == null ? null : now.plus(lock);
        jdbc.update("update login_throttle set failures = ?, last_failure = ?, locked_until = ?"
                + " where subject_kind = ? and subject = ?", failures, utc(now),
                lockedUntil == null ? null : utc(lockedUntil), kind.name(), subject);
        if (lock != null) {
            // The end is written in UTC: a trace row has no zone of its own, and instances may run in other zones.
            trace.record("sistem", "login-lock", (kind == Kind.USER ? "pengguna " : "alamat ") + subject, null,
                    failures + " kali gagal; ditahan " + lock.toMinutes() + " menit sampai " + lockedUntil + " (UTC)");
        }
    }

    /** The first lock, doubled for every failure after it, never longer than the longest lock. */
    Duration lockDuration(int failuresBeyondLimit) {
        var lock = firstLock;
        for (int i = 0; i < failuresBeyondLimit && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private @Nullable Instant lockEnd(Kind kind, String subject) {
        return jdbc.query("select locked_until from login_throttle where subject_kind = ? and subject = ?",
                rs -> {
                    if (!rs.next()) {
                        return null;
                    }
                    var until = rs.getObject(1, OffsetDateTime.class);
                    return until == null ? null : until.toInstant();
                }, kind.name(), subject);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String userKey(String username) {
        var key = username.trim().toLowerCase(Locale.ROOT);
        return key.length() <= 100 ? key : key.substring(0, 100);
    }

    private static String addressKey(String address) {
        return address.length() <= 100 ? address : address.substring(0, 100);
    }
}
