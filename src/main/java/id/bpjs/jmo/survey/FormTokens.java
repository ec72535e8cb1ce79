package id.bpjs.jmo.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time tokens for public survey forms, in {@code survey_form_token}: issued when the page opens, valid for
 * {@code jmo.survey.limit.form-token-ttl} (default 2 hours), used by the one submission that stores a response.
 * Claiming is one conditional UPDATE in the caller's transaction, so two simultaneous submits of one form (on any
 * app instance) store one response, and a failed store leaves the token unused for the retry.
 */
@Component
class FormTokens {

    /** What a token allows. */
    enum State {
        VALID, USED, INVALID
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();

    FormTokens(JdbcTemplate jdbc, @Value("${jmo.survey.limit.form-token-ttl:PT2H}") Duration ttl) {
        this.jdbc = jdbc;
        this.ttl = ttl;
    }

    /** A new unused token for a form of the branch; expired tokens are purged on the way. */
    String issue(long branchId) {
        var now = now();
        jdbc.update("DELETE FROM survey_form_token WHERE expires_at < ?", now);
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO survey_form_token (token, branch_id, issued_at, expires_at) VALUES (?, ?, ?, ?)",
                token, branchId, now, now.plus(ttl));
        return token;
    }

    /** Reads without changing: valid (unused, not expired, this branch), already used, or not valid here. */
    State state(String token, long branchId) {
        var rows = jdbc.query("SELECT used_at IS NOT NULL AS used, expires_at > ? AS still_valid FROM survey_form_token"
                + " WHERE token = ? AND branch_id = ?", (rs, i) -> rs.getBoolean("used") ? State.USED
                : rs.getBoolean("still_valid") ? State.VALID : State.INVALID, now(), token, branchId);
        return rows.isEmpty() ? State.INVALID : rows.getFirst();
    }

    /** Marks the token used, in the caller's transaction; false when another submission got it first. */
    boolean claim(String token, long branchId) {
        var now = now();
        return jdbc.update("UPDATE survey_form_token SET used_at = ? WHERE token = ? AND branch_id = ?"
                + " AND used_at IS NULL AND expires_at > ?", now, token, branchId, now) == 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
