package dev.pyprep.admin.bank;

import dev.pyprep.admin.validation.HouseRules;
import dev.pyprep.admin.validation.QuestionValidator;
import dev.pyprep.admin.validation.Validation;
import dev.pyprep.grading.GradingSettings;
import dev.pyprep.grading.judge.Grader;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxNode;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs queued validations in the sandbox, one at a time, in processes that grade (pyprep.grading.workers > 0). A
 * web-only process (workers = 0) never starts it, so the internet-facing process does not touch the Docker engine.
 */
@Component
class ValidationRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ValidationRunner.class);
    private static final Duration LEASE = Duration.ofMinutes(20);

    private final ValidationJobs jobs;
    private final QuestionAuthoring authoring;
    private final QuestionValidator validator;
    private final Sandbox sandbox;
    private final GradingSettings grading;
    private final String node;
    private volatile boolean running;
    private Thread thread;

    ValidationRunner(ValidationJobs jobs, QuestionAuthoring authoring, Grader grader, HouseRules rules, Sandbox sandbox,
                     GradingSettings grading, SandboxNode node) {
        this.jobs = jobs;
        this.authoring = authoring;
        this.validator = new QuestionValidator(grader, rules);
        this.sandbox = sandbox;
        this.grading = grading;
        this.node = node.id();
    }

    @Override
    public synchronized void start() {
        running = true;
        if (grading.workerCount() == 0) {
            return;
        }
        thread = Thread.ofPlatform().name("question-validation").daemon(true).start(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                if (!sandbox.available()) {
                    sleep(2000);
                    continue;
                }
                Optional<ValidationJobs.Claim> claim = jobs.claim(node, LEASE);
                if (claim.isEmpty()) {
                    sleep(300);
                    continue;
                }
                run(claim.get());
            } catch (RuntimeException e) {
                log.error("Question validation runner error (it keeps running)", e);
                sleep(1000);
            }
        }
    }

    void run(ValidationJobs.Claim job) {
        QuestionAuthoring.Check check = authoring.check(job.slug(), job.yaml());
        ValidationReport report;
        if (!check.ok()) {
            report = ValidationReport.problem("the file does not parse: " + check.problem());
        } else {
            try {
                Validation v = validator.validate(job.slug() + ".yaml", check.definition());
                report = ValidationReport.of(v);
            } catch (RuntimeException e) {
                log.warn("Validating {} could not run: {}", job.slug(), e.toString());
                report = ValidationReport.problem("could not be run in the sandbox: " + e.getMessage());
            }
        }
        jobs.finish(job.id(), job.purpose(), job.slug(), job.yamlHash(), report, sandbox.imageId());
    }

    /** Whether this process polls the validation queue (only where grading workers run). */
    boolean polling() {
        return thread != null;
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
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
