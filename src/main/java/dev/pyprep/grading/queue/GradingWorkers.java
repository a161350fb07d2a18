package dev.pyprep.grading.queue;

import dev.pyprep.grading.GradingSettings;
import dev.pyprep.grading.SubmissionQueued;
import dev.pyprep.grading.Verdict;
import dev.pyprep.grading.judge.GradeOutcome;
import dev.pyprep.grading.judge.Grader;
import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxSettings;
import dev.pyprep.sandbox.SandboxUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A fixed number of worker threads that claim, grade and store submissions. When the engine is down they leave the
 * queue alone and retry with back-off; submissions wait, they are not lost.
 */
@Component
class GradingWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GradingWorkers.class);

    private final GradingQueue queue;
    private final JobFactory jobs;
    private final Grader grader;
    private final GradingResults results;
    private final Sandbox sandbox;
    private final GradingSettings settings;
    private final String node;
    private final Semaphore wakeUps = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean engineDownLogged;

    GradingWorkers(GradingQueue queue, JobFactory jobs, Grader grader, GradingResults results, Sandbox sandbox,
                   GradingSettings settings, SandboxSettings sandboxSettings) {
        this.queue = queue;
        this.jobs = jobs;
        this.grader = grader;
        this.results = results;
        this.sandbox = sandbox;
        this.settings = settings;
        this.node = sandboxSettings.node();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(SubmissionQueued event) {
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        int count = settings.workerCount();
        if (count == 0) {
            log.info("Grading workers: none in this process (pyprep.grading.workers=0)");
            running = true;
            return;
        }
        int released = queue.releaseAllOwnedBy(node);
        if (released > 0) {
            log.info("Put {} submissions that node {} was grading when it stopped back in the queue", released, node);
        }
        running = true;
        for (int i = 0; i < count; i++) {
            Thread t = Thread.ofPlatform().name("grader-" + i).daemon(false).start(this::loop);
            threads.add(t);
        }
        log.info("Grading workers: {} on node {}", count, node);
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
        GradeOutcome outcome;
        try {
            Submission submission = jobs.load(claim.submissionId());
            if (submission.getAttempts() > settings.maxAttempts()) {
                outcome = new GradeOutcome(Verdict.INTERNAL_ERROR, 0,
                        "Grading failed repeatedly; please submit again or contact an administrator", List.of());
            } else {
                outcome = grader.grade(jobs.forSubmission(submission));
            }
        } catch (SandboxUnavailableException e) {
            log.warn("Sandbox unavailable while grading submission {}; it goes back to the queue: {}",
                    claim.submissionId(), e.getMessage());
            queue.release(claim);
            sleep(2000);
            return;
        }
        try {
            results.store(claim, outcome);
        } catch (LeaseLostException e) {
            log.warn("{}; another worker grades it", e.getMessage());
        }
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
