package dev.pyprep.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pyprep.system.UserError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What administrators do to accounts: find them, change a role, disable or enable, reset a password. A session
 * whose account was disabled, changed role or had its password reset ends at its next request
 * ({@link #sessionStillValid}). An administrator cannot lock themselves out, nor leave the platform without one.
 */
@Service
public class AccountAdministration {

    /** One page of the account list. */
    public record AccountPage(List<AccountView> items, long total, int page, int pages) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a session is checked against: read from the database at most once a second per account. */
    private record Stamp(boolean disabled, Role role, String passwordHash) {
        boolean admits(CurrentAccount session) {
            return !disabled && role == session.role() && passwordHash.equals(session.passwordHash());
        }
    }

    /**
     * How long a stamp read from the database is trusted. A change made in this process drops the stamp at its commit,
     * so it shows at the very next request; another process sees it within this time.
     */
    static final Duration STAMP_LIFETIME = Duration.ofSeconds(1);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Cache<Long, Stamp> stamps;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.stamps = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(STAMP_LIFETIME)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    @Transactional(readOnly = true)
    public AccountPage search(String text, Role role, int page, int size) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Page<Account> found = accounts.search(like, role, PageRequest.of(Math.max(0, page), size));
        if (found.getNumber() >= Math.max(1, found.getTotalPages()) && page > 0) {
            found = accounts.search(like, role, PageRequest.of(Math.max(0, found.getTotalPages() - 1), size));
        }
        return new AccountPage(found.getContent().stream().map(Account::view).toList(), found.getTotalElements(),
                found.getNumber(), Math.max(1, found.getTotalPages()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    @Transactional
    public AccountView changeRole(long actorId, long accountId, Role role) {
        Account account = find(accountId);
        if (account.getRole() == role) {
            throw new UserError(account.getEmail() + " already is " + role + ".");
        }
        if (accountId == actorId) {
            throw new UserError("You cannot change your own role: ask another administrator.");
        }
        if (account.getRole() == Role.ADMIN && !account.isDisabled() && accounts.countActiveAdmins() <= 1) {
            throw new UserError("This is the last active administrator: make someone else an administrator first.");
        }
        account.changeRole(role);
        return account.view();
    }

    @Transactional
    public AccountView disable(long actorId, long accountId) {
        Account account = find(accountId);
        if (accountId == actorId) {
            throw new UserError("You cannot disable your own account.");
        }
        if (account.isDisabled()) {
            throw new UserError(account.getEmail() + " is already disabled.");
        }
        if (account.getRole() == Role.ADMIN && accounts.countActiveAdmins() <= 1) {
            throw new UserError("This is the last active administrator: it cannot be disabled.");
        }
        account.disable(clock.instant());
        return account.view();
    }

    @Transactional
    public AccountView enable(long accountId) {
        Account account = find(accountId);
        if (!account.isDisabled()) {
            throw new UserError(account.getEmail() + " is not disabled.");
        }
        account.enable();
        return account.view();
    }

    /** Sets a random one-time password and returns it (shown once); the holder must change it at the next sign-in. */
    @Transactional
    public String resetPassword(long actorId, long accountId) {
        Account account = find(accountId);
        if (accountId == actorId) {
            throw new UserError("Change your own password on your account page, not by a reset.");
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String temporary = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        account.resetPassword(passwordEncoder.encode(temporary));
        return temporary;
    }

    /**
     * Whether a signed-in session may go on: its account exists, is enabled, has the role and password the session
     * was signed in with.
     */
    public boolean sessionStillValid(CurrentAccount session) {
        Stamp cached = stamps.getIfPresent(session.id());
        if (cached != null && cached.admits(session)) {
            return true;
        }
        // not known, or it says no: ask the database (the account may have changed back, or this session is newer)
        Stamp fresh = accounts.findById(session.id())
                .map(a -> new Stamp(a.isDisabled(), a.getRole(), a.getPasswordHash())).orElse(null);
        if (fresh == null) {
            stamps.invalidate(session.id());
            return false;
        }
        stamps.put(session.id(), fresh);
        return fresh.admits(session);
    }

    /** An account about to change: its sessions are checked against the database again once the change commits. */
    private Account find(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new UserError("There is no such account."));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stamps.invalidate(id);
                }
            });
        } else {
            stamps.invalidate(id);
        }
        return account;
    }
}
