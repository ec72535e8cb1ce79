package id.bpjs.jmo.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is logged in, for services that check rights and record who did what. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    /**
     * Through Vaadin's strategy bean when there is one (it keeps the context in the session, not only in a thread);
     * command-line tools without Vaadin use Spring Security's default.
     */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AppUserPrincipal> get() {
        var authentication = securityContext.getContext().getAuthentication();
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
