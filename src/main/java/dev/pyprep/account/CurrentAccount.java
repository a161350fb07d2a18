package dev.pyprep.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as Spring Security holds it. Controllers take it with @AuthenticationPrincipal. */
public record CurrentAccount(long id, String email, String displayName, Role role, String passwordHash,
                             boolean mustChangePassword) implements UserDetails {

    static CurrentAccount of(Account account) {
        return new CurrentAccount(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.getPasswordHash(), account.isMustChangePassword());
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
        return email;
    }

    @Override
    public String toString() {
        return "CurrentAccount[id=" + id + ", role=" + role + "]";
    }
}
