package dev.pyprep.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginAttempts attempts;

    AccountDetailsService(AccountRepository accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        boolean locked = attempts.locked(email);
        return accounts.findByEmail(email).map(a -> CurrentAccount.of(a, locked))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
