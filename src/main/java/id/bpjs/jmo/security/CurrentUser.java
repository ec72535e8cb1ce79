package id.bpjs.jmo.security;

import java.util.Optional;
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

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
