package id.bpjs.jmo.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is logged in, for services that check rights and record who did what. */
@Component
public class CurrentUser {

    public Optional<AppUserPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The branch the current user may look at: the requested one (or all), but for staff always their own. */
    public @Nullable Long allowedBranch(@Nullable Long requested) {
        var user = require();
        return user.seesAllBranches() ? requested : user.branchId();
    }

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
