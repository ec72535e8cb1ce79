package id.bpjs.jmo.security;

import id.bpjs.jmo.branch.Branch;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // The same exception for every failure: the login page must not reveal whether a user exists.
        return users.findByUsername(username.trim().toLowerCase())
                .map(AppUserPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AppUser> list() {
        return users.findAllByOrderByUsername();
    }

    /** Staff of a branch, to whom its complaints can be assigned. */
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    public Optional<AppUser> byId(long id) {
        return users.findById(id);
    }

    public Optional<AppUser> byUsername(String username) {
        return users.findByUsername(username);
    }

    public long count() {
        return users.count();
    }

    public boolean adminExists() {
        return users.existsByRole(Role.ADMIN);
    }

    /**
     * Creates an account. Used by the demo data loader and by the first-admin bootstrap, both before anyone can log
     * in; the admin screens will call it behind an admin check.
     */
    @Transactional
    public AppUser createAccount(String username, String rawPassword, String fullName, Role role,
            @Nullable Branch branch) {
        var user = new AppUser(username.trim().toLowerCase(), passwordEncoder.encode(rawPassword), fullName, role,
                branch);
        return users.save(user);
    }
}
