package dev.pyprep.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        // a disabled account is as good as absent: the same answer, after the same work, as a wrong password
        return accounts.findByEmail(email).filter(a -> !a.isDisabled()).map(CurrentAccount::of)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
