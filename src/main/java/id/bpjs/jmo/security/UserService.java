package id.bpjs.jmo.security;

import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.mail.Mailer;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
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
    private final SettingsTrace trace;
    private final CurrentUser currentUser;
    private final ServiceTime time;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, SettingsTrace trace,
            CurrentUser currentUser, ServiceTime time) {
        this.time = time;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.trace = trace;
        this.currentUser = currentUser;
    }

    /**
     * Creates an account with a temporary password that its owner must change at first login (admins only).
     * Refused: a user name that exists, a password that breaks {@link PasswordPolicy}.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public AppUser create(String username, String fullName, Role role, @Nullable Branch branch, String password) {
        var name = username.trim().toLowerCase();
        if (users.findByUsername(name).isPresent()) {
            throw new UserException("user.duplicate");
        }
        PasswordPolicy.problem(name, password).ifPresent(problem -> {
            throw new UserException(problem);
        });
        if (role == Role.STAFF && branch == null) {
            throw new UserException("user.staffNeedsBranch");
        }
        var user = new AppUser(name, passwordEncoder.encode(password), fullName.trim(), role, branch);
        user.setCreatedAt(time.now(branch == null ? null : branch.zone()));
        user.setMustChangePassword(true);
        var saved = users.saveAndFlush(user);
        trace.record(currentUser.require().username(), "user", name, null, describe(saved));
        return saved;
    }

    /** Changes name, role, home branch or whether the account may log in (admins only). Nobody is deleted. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public AppUser update(long id, String fullName, Role role, @Nullable Branch branch, boolean enabled) {
        var user = users.findById(id).orElseThrow();
        if (role == Role.STAFF && branch == null) {
            throw new UserException("user.staffNeedsBranch");
        }
        if (!enabled && user.getUsername().equals(currentUser.require().username())) {
            throw new UserException("user.cannotDisableSelf");
        }
        var before = describe(user);
        user.setFullName(fullName.trim());
        user.setRole(role);
        user.setBranch(branch);
        user.setEnabled(enabled);
        var saved = users.saveAndFlush(user);
        trace.record(currentUser.require().username(), "user", user.getUsername(), before, describe(saved));
        return saved;
    }

    /**
     * Sets where alerts and subscribed decks are mailed and in which language ("id" or "en"); an empty address
     * means none (admins only; traced). Refused: an address that is not one ({@code jmo.user.email}).
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public AppUser setContact(long id, @Nullable String email, String language) {
        var user = users.findById(id).orElseThrow();
        var address = email == null || email.isBlank() ? null : email.trim();
        if (address != null && !Mailer.isAddress(address)) {
            throw new UserException("mail.invalidAddress");
        }
        var before = user.getEmail() + ", " + user.getPreferredLanguage();
        user.setEmail(address);
        user.setPreferredLanguage(Formats.language(Locale.forLanguageTag(language)).getLanguage());
        var saved = users.saveAndFlush(user);
        trace.record(currentUser.require().username(), "user", user.getUsername(), before,
                saved.getEmail() + ", " + saved.getPreferredLanguage());
        return saved;
    }

    /** Enabled branch managers whose home branch is {@code branchId}: who receives the branch's alerts. */
    public List<AppUser> managersOf(long branchId) {
        return users.findAllByOrderByUsername().stream().filter(u -> u.isEnabled() && u.getRole() == Role.MANAGER
                && u.getBranch() != null && u.getBranch().getId() != null && u.getBranch().getId() == branchId)
                .toList();
    }

    /** Sets a temporary password the user must change at the next login (admins only). */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void resetPassword(long id, String temporaryPassword) {
        var user = users.findById(id).orElseThrow();
        PasswordPolicy.problem(user.getUsername(), temporaryPassword).ifPresent(problem -> {
            throw new UserException(problem);
        });
        user.setPasswordHash(passwordEncoder.encode(temporaryPassword));
        user.setMustChangePassword(true);
        users.saveAndFlush(user);
        trace.record(currentUser.require().username(), "user", user.getUsername(), null, "kata sandi direset");
    }

    /** The logged-in person replaces their password (required after a reset or at first login). */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = users.findByUsername(currentUser.require().username()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserException("password.currentWrong");
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new UserException("password.same");
        }
        PasswordPolicy.problem(user.getUsername(), newPassword).ifPresent(problem -> {
            throw new UserException(problem);
        });
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        users.saveAndFlush(user);
    }

    /** Whether the logged-in person still has to replace a temporary password. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(p -> users.findByUsername(p.username()))
                .map(AppUser::isMustChangePassword).orElse(false);
    }

    private static String describe(AppUser user) {
        return user.getFullName() + ", " + user.getRole() + (user.getBranch() == null ? ""
                : ", " + user.getBranch().getCode()) + (user.isEnabled() ? "" : ", nonaktif");
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
        user.setCreatedAt(time.now(branch == null ? null : branch.zone()));
        return users.save(user);
    }
}
