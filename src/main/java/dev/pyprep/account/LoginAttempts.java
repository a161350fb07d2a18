package dev.pyprep.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one email within {@link #WINDOW}, that
 * email cannot sign in until the window has passed since the last failure. Kept in memory, per server.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public boolean locked(String email) {
        Failures f = failures.get(key(email));
        if (f == null) {
            return false;
        }
        if (f.last().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(key(email), f);
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, now), (old, one) ->
                old.last().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
