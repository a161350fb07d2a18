package dev.pyprep.grading.queue;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable queue is the submissions table: workers claim the oldest QUEUED (or lease-expired RUNNING) row with
 * FOR UPDATE SKIP LOCKED, so any number of workers in any number of processes never take the same row twice.
 */
@Component
class GradingQueue {

    record Claim(long submissionId, UUID lease) {
    }

    private final JdbcClient jdbc;

    GradingQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    Optional<Claim> claim(String owner, Duration lease) {
        UUID token = UUID.randomUUID();
        return jdbc.sql("""
                        update submissions set status = 'RUNNING', lease_owner = :owner, lease_token = :token,
                               lease_until = now() + make_interval(secs => :secs), attempts = attempts + 1
                        where id = (select id from submissions
                                    where status = 'QUEUED' or (status = 'RUNNING' and lease_until < now())
                                    order by created_at, id limit 1 for update skip locked)
                        returning id""")
                .param("owner", owner).param("token", token).param("secs", (double) lease.toMillis() / 1000)
                .query(Long.class).optional()
                .map(id -> new Claim(id, token));
    }

    /** Puts a claimed submission back, not counting the attempt (the sandbox was unavailable, or we are stopping). */
    @Transactional
    void release(Claim claim) {
        jdbc.sql("""
                        update submissions set status = 'QUEUED', lease_owner = null, lease_token = null,
                               lease_until = null, attempts = greatest(attempts - 1, 0)
                        where id = :id and lease_token = :token and status = 'RUNNING'""")
                .param("id", claim.submissionId()).param("token", claim.lease()).update();
    }

    /** Extends the leases still held (by token), so a slow grading is never taken over and run twice. */
    @Transactional
    int renew(Collection<UUID> leases, Duration lease) {
        if (leases.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update submissions set lease_until = now() + make_interval(secs => :secs)
                        where status = 'RUNNING' and lease_token in (:tokens)""")
                .param("secs", (double) lease.toMillis() / 1000).param("tokens", leases).update();
    }
}
