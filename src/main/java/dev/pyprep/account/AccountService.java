package dev.pyprep.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public Account create(String email, String displayName, String rawPassword, Role role, boolean mustChangePassword) {
        if (accounts.findByEmail(email.trim()).isPresent()) {
            throw new EmailTakenException(email.trim());
        }
        return accounts.save(new Account(email, displayName, passwordEncoder.encode(rawPassword), role, mustChangePassword));
    }

    @Transactional
    public void changePassword(long accountId, String rawPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.changePassword(passwordEncoder.encode(rawPassword));
    }

    public boolean passwordMatches(long accountId, String rawPassword) {
        return accounts.findById(accountId)
                .map(a -> passwordEncoder.matches(rawPassword, a.getPasswordHash())).orElse(false);
    }
}
