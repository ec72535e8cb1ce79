package id.bpjs.jmo.survey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A counter tablet registered for the public survey of one branch; its submissions are not limited per address. */
public record Kiosk(long id, String name, String branchCode, Instant createdAt, String createdBy,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
