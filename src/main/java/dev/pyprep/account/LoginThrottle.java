package dev.pyprep.account;

import dev.pyprep.system.Throttle;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account for everyone: five wrong passwords for one email
 * from one address pause signing in to that email from that address for 15 minutes; fifty wrong passwords from one
 * address, whatever the emails, pause that address. The owner, signing in from their own address, is not affected by
 * someone else's guesses. The answer is the same whether or not the email has an account. In memory, per server.
 */
@Component
public class LoginThrottle {

    static final int PER_EMAIL_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Throttle byEmailAndAddress;
    private final Throttle byAddress;

    public LoginThrottle(Clock clock) {
        this.byEmailAndAddress = new Throttle(clock, PER_EMAIL_AND_ADDRESS, WINDOW);
        this.byAddress = new Throttle(clock, PER_ADDRESS, WINDOW);
    }

    public boolean blocked(String email, String address) {
        return byEmailAndAddress.exhausted(key(email, address)) || byAddress.exhausted(address);
    }

    public void failed(String email, String address) {
        byEmailAndAddress.tryTake(key(email, address));
        byAddress.tryTake(address);
    }

    public void succeeded(String email, String address) {
        byEmailAndAddress.reset(key(email, address));
    }

    private static String key(String email, String address) {
        return (email == null ? "" : email.trim().toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
