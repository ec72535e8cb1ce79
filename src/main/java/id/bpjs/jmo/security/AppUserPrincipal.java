package id.bpjs.jmo.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person as the rest of the application sees them. */
public record AppUserPrincipal(long userId, String username, String passwordHash, String fullName, Role role,
        @Nullable Long branchId, @Nullable String branchCode, boolean enabled, boolean mustChangePassword)
        implements UserDetails {

    static AppUserPrincipal of(AppUser user) {
        var branch = user.getBranch();
        return new AppUserPrincipal(user.getId() == null ? 0 : user.getId(), user.getUsername(),
                user.getPasswordHash(), user.getFullName(), user.getRole(), branch == null ? null : branch.getId(),
                branch == null ? null : branch.getCode(), user.isEnabled(), user.isMustChangePassword());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Managers and admins look at every branch; staff at their own. */
    public boolean seesAllBranches() {
        return role != Role.STAFF;
    }
}
