package dev.pyprep.grading.queue;

import dev.pyprep.grading.GradingSettings;
import dev.pyprep.grading.SubmissionQueued;
import dev.pyprep.grading.Verdict;
import dev.pyprep.grading.judge.GradeOutcome;
import dev.pyprep.grading.judge.Grader;
import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxNode;
import dev.pyprep.sandbox.SandboxSettings;
import dev.pyprep.sandbox.SandboxUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A fixed number of worker threads that claim, grade and store submissions, plus one heartbeat thread that keeps
 * this node registered, renews the leases of gradings in progress and removes containers dead nodes left. Before
 * any worker starts, leftovers of dead nodes are removed. When the engine is down the workers leave the queue alone
 * and retry with back-off; submissions wait, they are not lost.
 */
@Component
class GradingWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GradingWorkers.class);

    private final GradingQueue queue;
    private final JobFactory jobs;
    private final Grader grader;
    private final GradingResults results;
    private final Sandbox sandbox;
    private final GradingNodes nodes;
    private final GradingSettings settings;
    private final String node;
    private final Duration beat;
    private final ContainerJanitor janitor;
    private final Set<UUID> leases = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUps = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean engineDownLogged;

    GradingWorkers(GradingQueue queue, JobFactory jobs, Grader grader, GradingResults results, Sandbox sandbox,
                   GradingNodes nodes, GradingSettings settings, SandboxSettings sandboxSettings, SandboxNode node,
                   GradingSignals signals) {
        this.queue = queue;
        this.jobs = jobs;
        this.grader = grader;
        this.results = results;
        this.sandbox = sandbox;
        this.nodes = nodes;
        this.settings = settings;
        this.node = node.id();
        this.beat = heartbeat(settings.lease());
        Duration silence = beat.multipliedBy(3).plusSeconds(2);
        Duration maxAge = sandboxSettings.maxWallClock().plus(sandboxSettings.wallClockSlack()).plusMinutes(10);
        // Container ages are the engine's real time, never the application's clock (which tests move by days: with
        // it, one test process's janitor removed every sandbox on the engine, other processes' included).
        this.janitor = new ContainerJanitor(sandbox, nodes, Clock.systemUTC(), silence, maxAge);
        signals.onQueued(this::wake);
    }

    /** Beats (and renews leases) three times per lease, at least every ten seconds. */
    static Duration heartbeat(Duration lease) {
        Duration third = lease.dividedBy(3);
        return third.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : third;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(SubmissionQueued event) {
        wakeUps.release();
    }

    /** Wakes an idle worker: new work may be waiting (a notification from another process, say). */
    void wake() {
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        int count = settings.workerCount();
        running = true;
        if (count == 0) {
            log.info("Grading workers: none in this process (pyprep.grading.workers=0)");
            return;
        }
        nodes.beat(node, "starting");
        sandbox.prewarm(count);
        if (sandbox.available()) {
            int removed = janitor.sweep();
            if (removed > 0) {
                log.info("Removed {} sandbox containers left by nodes that are gone", removed);
            }
        } else {
            log.warn("The Docker engine is not reachable: submissions wait in the queue until it is");
        }
        threads.add(Thread.ofPlatform().name("grading-heartbeat").daemon(true).start(this::heartbeats));
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofPlatform().name("grader-" + i).daemon(false).start(this::loop));
        }
        log.info("Grading workers: {} on node {} (lease {} s, renewed every {} ms)", count, node,
                settings.lease().toSeconds(), beat.toMillis());
    }

    private void heartbeats() {
        long ticks = 0;
        while (running) {
            try {
                nodes.beat(node, sandbox.statusLine());
                queue.renew(Set.copyOf(leases), settings.lease());
                if (++ticks % 3 == 0 && sandbox.available()) {
                    janitor.sweep();
                }
                if (ticks % 1000 == 0) {
                    nodes.forgetSilentFor(Duration.ofDays(1));
                }
            } catch (RuntimeException e) {
                log.warn("Grading heartbeat failed (retrying): {}", e.toString());
            }
            sleep(beat.toMillis());
        }
    }

    private void loop() {
        long backoff = settings.pollInterval().toMillis();
        while (running) {
            try {
                if (!sandbox.available()) {
                    if (!engineDownLogged) {
                        engineDownLogged = true;
                        log.warn("The Docker engine is not reachable; submissions stay queued until it is back");
                    }
                    sleep(backoff = Math.min(backoff * 2, 10_000));
                    continue;
                }
                if (engineDownLogged) {
                    engineDownLogged = false;
                    log.info("The Docker engine is reachable again; grading resumes");
                }
                backoff = settings.pollInterval().toMillis();
                Optional<GradingQueue.Claim> claim = queue.claim(node, settings.lease());
                if (claim.isEmpty()) {
                    wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                work(claim.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Grading worker error (it keeps running)", e);
                sleep(1000);
            }
        }
    }

    private void work(GradingQueue.Claim claim) {
        leases.add(claim.lease());
        long claimed = System.nanoTime();
        try {
            GradeOutcome outcome;
            Submission submission = null;
            try {
                submission = jobs.load(claim.submissionId());
                outcome = submission.getAttempts() > settings.maxAttempts()
                        ? failed("Grading failed repeatedly; please submit again or contact an administrator")
                        : grader.grade(jobs.forSubmission(submission));
            } catch (SandboxUnavailableException e) {
                log.warn("Sandbox unavailable while grading submission {}; it goes back to the queue: {}",
                        claim.submissionId(), e.getMessage());
                queue.release(claim);
                sleep(2000);
                return;
            } catch (RuntimeException e) {
                log.error("Grading submission {} failed; it gets INTERNAL_ERROR and is not run again", claim.submissionId(), e);
                outcome = failed("The grader failed on this submission; please submit again");
            }
            long graded = System.nanoTime();
            try {
                results.store(claim, outcome);
            } catch (LeaseLostException e) {
                log.warn("{}; another worker grades it", e.getMessage());
            }
            if (log.isDebugEnabled() && submission != null && submission.getCreatedAt() != null) {
                log.debug("submission {}: waited {} ms, graded in {} ms (harness {} ms), stored in {} ms", claim.submissionId(),
                        java.time.Duration.between(submission.getCreatedAt(), java.time.Instant.now()).toMillis()
                                - (System.nanoTime() - claimed) / 1_000_000,
                        (graded - claimed) / 1_000_000, outcome.sandboxMs(), (System.nanoTime() - graded) / 1_000_000);
            }
        } finally {
            leases.remove(claim.lease());
        }
    }

    private static GradeOutcome failed(String message) {
        return new GradeOutcome(Verdict.INTERNAL_ERROR, 0, message, List.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUps.release(threads.size());
        for (Thread t : threads) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!threads.isEmpty()) {
            nodes.leave(node);
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // start after the web server; stop before the database goes away
    }
}
