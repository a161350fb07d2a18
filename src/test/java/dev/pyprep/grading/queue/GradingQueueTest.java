package dev.pyprep.grading.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import testsupport.DatabaseTest;
import testsupport.Rows;

/** The durable queue's SQL against the real PostgreSQL: SKIP LOCKED claims, leases, release. */
@DatabaseTest
@Import(GradingQueue.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class GradingQueueTest {

    @Autowired
    GradingQueue queue;
    @Autowired
    Rows rows;
    @Autowired
    JdbcClient jdbc;

    private List<Long> queue(int n) {
        long account = rows.account();
        long[] question = rows.question("q-" + System.nanoTime(), "CODING", "ENTRY", "Q", "p");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(rows.queuedSubmission(account, question));
        }
        return ids;
    }

    private void drain() {
        jdbc.sql("update submissions set status = 'GRADED' where status <> 'GRADED'").update();
    }

    @Test
    void fourWorkersClaimingAtOnceNeverTakeTheSameSubmission() throws Exception {
        drain();
        List<Long> ids = queue(40);
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(pool.submit(() -> {
                Optional<GradingQueue.Claim> claim;
                while ((claim = queue.claim("node-test", Duration.ofMinutes(1))).isPresent()) {
                    claimed.add(claim.get().submissionId());
                }
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        assertThat(claimed).hasSize(40).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void theOldestSubmissionIsClaimedFirst() {
        drain();
        List<Long> ids = queue(3);
        assertThat(queue.claim("n", Duration.ofMinutes(1)).orElseThrow().submissionId()).isEqualTo(ids.getFirst());
    }

    @Test
    void anExpiredLeaseIsClaimedAgainWithANewToken() throws Exception {
        drain();
        long id = queue(1).getFirst();
        GradingQueue.Claim first = queue.claim("crashed-node", Duration.ZERO).orElseThrow();
        Thread.sleep(20);
        GradingQueue.Claim second = queue.claim("other-node", Duration.ofMinutes(1)).orElseThrow();
        assertThat(second.submissionId()).isEqualTo(id);
        assertThat(second.lease()).isNotEqualTo(first.lease());
        assertThat(jdbc.sql("select attempts from submissions where id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
        assertThat(queue.claim("third-node", Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void releasingPutsItBackWithoutCountingTheAttempt() {
        drain();
        long id = queue(1).getFirst();
        GradingQueue.Claim claim = queue.claim("n", Duration.ofMinutes(1)).orElseThrow();
        queue.release(claim);
        assertThat(jdbc.sql("select status || ':' || attempts from submissions where id = ?").param(id).query(String.class).single())
                .isEqualTo("QUEUED:0");
        assertThat(queue.claim("n", Duration.ofMinutes(1)).orElseThrow().submissionId()).isEqualTo(id);
    }
}
