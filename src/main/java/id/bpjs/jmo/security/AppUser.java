package id.bpjs.jmo.security;

import id.bpjs.jmo.branch.Branch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{jmo.user.username}")
    @Column(nullable = false, unique = true, length = 50)
    private String username = "";

    /** BCrypt hash; the clear password is never stored. */
    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @NotBlank
    @Size(max = 100)
    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role = Role.STAFF;

    /** Home branch; staff see and edit only their branch's records. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "branch_id")
    private @Nullable Branch branch;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Where alerts and subscribed decks are mailed; none: nothing is mailed to this person. */
    @jakarta.validation.constraints.Email(message = "{jmo.user.email}")
    @Size(max = 254)
    @Column(length = 254)
    private @Nullable String email;

    /** The language of e-mails to this person: "id" (default) or "en". */
    @Pattern(regexp = "id|en")
    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage = "id";

    @NotNull
    @Column(name = "created_at", nullable = false)
    // set by UserService from the service time
    private LocalDateTime createdAt;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, Role role, @Nullable Branch branch) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.branch = branch;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public @Nullable Branch getBranch() {
        return branch;
    }

    public void setBranch(@Nullable Branch branch) {
        this.branch = branch;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
