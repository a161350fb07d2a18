package dev.pyprep.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Role role, boolean mustChangePassword) {
        this.email = email.trim().toLowerCase();
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** A one-time password set by an administrator: the holder must choose their own at the next sign-in. */
    void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }

    void changeRole(Role newRole) {
        if (newRole == role) {
            throw new IllegalStateException("the account already has the role " + role);
        }
        this.role = newRole;
    }

    void disable(Instant at) {
        if (disabledAt != null) {
            throw new IllegalStateException("the account is already disabled");
        }
        this.disabledAt = at;
    }

    void enable() {
        if (disabledAt == null) {
            throw new IllegalStateException("the account is not disabled");
        }
        this.disabledAt = null;
    }

    boolean isDisabled() {
        return disabledAt != null;
    }

    AccountView view() {
        return new AccountView(id, email, displayName, role, mustChangePassword, createdAt, disabledAt != null);
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
}
