package id.bpjs.jmo.survey;

import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.branch.BranchService;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered counter tablets (kiosks) of the public survey. An admin registers a tablet by name and branch and gets
 * a link with a random 256-bit secret, shown once; only the secret's SHA-256 is stored (a high-entropy secret needs
 * no slow hash). Opening the link on the tablet keeps the secret in a cookie; the survey page in kiosk mode
 * ({@code ?kiosk=1}) then counts against the kiosk's own allowance instead of the address's and the device's.
 */
@Service
@Transactional(readOnly = true)
public class KioskService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "k.id, k.name, b.code, k.created_at, k.created_by, k.last_used_at,"
            + " k.revoked_at FROM survey_kiosk k JOIN branch b ON b.id = k.branch_id";

    private final JdbcTemplate jdbc;
    private final BranchService branches;
    private final SettingsTrace trace;
    private final String publicUrl;

    KioskService(JdbcTemplate jdbc, BranchService branches, SettingsTrace trace,
            @Value("${jmo.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.branches = branches;
        this.trace = trace;
    }

    /**
     * Registers a tablet (admins only), traced. Errors: {@link IllegalArgumentException} "kiosk.name.required" for a
     * blank or over-100-character name, "kiosk.branch.unknown" for a branch code that does not exist.
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public KioskRegistration register(String name, String branchCode) {
        var trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("kiosk.name.required");
        }
        var branch = branches.byCode(branchCode).orElseThrow(() -> new IllegalArgumentException("kiosk.branch.unknown"));
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var who = currentUser();
        jdbc.update("INSERT INTO survey_kiosk (name, branch_id, secret_hash, created_at, created_by) VALUES (?, ?, ?, ?,"
                + " ?)", trimmed, branch.getId(), hash(secret), OffsetDateTime.now(ZoneOffset.UTC), who);
        var kiosk = jdbc.query("SELECT " + COLUMNS + " WHERE k.secret_hash = ?", KioskService::kiosk, hash(secret))
                .getFirst();
        trace.record(who, "kiosk", kiosk.branchCode() + " " + trimmed, null, "registered #" + kiosk.id());
        return new KioskRegistration(kiosk, secret, publicUrl + "/kiosk/" + secret);
    }

    /** Every registered kiosk, revoked ones included, by branch and name (admins only). */
    @RolesAllowed("ADMIN")
    public List<Kiosk> list() {
        return jdbc.query("SELECT " + COLUMNS + " ORDER BY b.code, k.name, k.id", KioskService::kiosk);
    }

    /** Revokes a kiosk (admins only), traced: its tablet is an ordinary device again. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void revoke(long id) {
        int changed = jdbc.update("UPDATE survey_kiosk SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                OffsetDateTime.now(ZoneOffset.UTC), id);
        if (changed == 1) {
            trace.record(currentUser(), "kiosk", "#" + id, "active", "revoked");
        }
    }

    /** The active kiosk holding this secret (from the tablet's cookie), if any. No login: the secret is the proof. */
    public Optional<Kiosk> bySecret(@Nullable String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " WHERE k.secret_hash = ? AND k.revoked_at IS NULL",
                KioskService::kiosk, hash(secret)).stream().findFirst();
    }

    /** Notes that the kiosk was used, so admins see which tablets are still in service. */
    @Transactional
    public void touch(long id) {
        jdbc.update("UPDATE survey_kiosk SET last_used_at = ? WHERE id = ?", OffsetDateTime.now(ZoneOffset.UTC), id);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUser() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "?" : who.getName();
    }

    private static Kiosk kiosk(ResultSet rs, int row) throws SQLException {
        return new Kiosk(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5),
                instant(rs, 6), instant(rs, 7));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
