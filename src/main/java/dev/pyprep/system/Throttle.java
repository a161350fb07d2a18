package dev.pyprep.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;

/**
 * Token buckets by key (an email and address, an address, an account), Bucket4j's, held in memory per server and
 * timed by the injected {@link Clock} so tests move time instead of waiting. A key's bucket holds {@code capacity}
 * tokens and gets them all back {@code period} after they were first taken; unused buckets are forgotten.
 */
public final class Throttle {

    private final long capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public Throttle(Clock clock, long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period.multipliedBy(2)).maximumSize(200_000).build();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
                .withCustomTimePrecision(time)
                .build());
    }

    /** Takes one token; false when there is none left (the caller refuses the request). */
    public boolean tryTake(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Whether the key has used up its tokens (without taking one). */
    public boolean exhausted(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Gives the key all its tokens back (a successful sign-in). */
    public void reset(String key) {
        buckets.invalidate(key);
    }
}
