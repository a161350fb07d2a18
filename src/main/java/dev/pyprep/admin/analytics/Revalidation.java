package dev.pyprep.admin.analytics;

import dev.pyprep.admin.bank.ValidationJobs;
import dev.pyprep.grading.GradingSettings;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.sandbox.Sandbox;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-validates every published question that runs code (coding, predict the output) with its current text: on demand,
 * and when a grading process sees that the sandbox image changed. The latest re-validation that failed flags the
 * question on the analytics page: its reference no longer passes.
 */
@Component
class Revalidation {

    private static final Logger log = LoggerFactory.getLogger(Revalidation.class);

    private final QuestionAuthoring authoring;
    private final ValidationJobs jobs;
    private final Sandbox sandbox;
    private final GradingSettings grading;
    private final AtomicReference<String> lastImage = new AtomicReference<>();

    Revalidation(QuestionAuthoring authoring, ValidationJobs jobs, Sandbox sandbox, GradingSettings grading) {
        this.authoring = authoring;
        this.jobs = jobs;
        this.sandbox = sandbox;
        this.grading = grading;
    }

    /** Queues a re-validation of every published question that runs code; returns how many were queued. */
    int all(Long requestedBy, String image) {
        int queued = 0;
        for (QuestionAuthoring.Entry e : authoring.entries()) {
            if (e.status() != QuestionAuthoring.Status.PUBLISHED
                    || (e.kind() != QuestionKind.CODING && e.kind() != QuestionKind.PREDICT_OUTPUT)
                    || jobs.revalidationPending(e.slug())) {
                continue;
            }
            String source = authoring.publishedSource(e.slug()).orElse(null);
            if (source != null) {
                jobs.enqueue(ValidationJobs.Purpose.REVALIDATION, e.slug(), source, requestedBy, image);
                queued++;
            }
        }
        return queued;
    }

    /** Where grading runs: when the sandbox image id differs from the one last seen, re-validate everything. */
    @Scheduled(fixedDelayString = "${pyprep.admin.analytics.image-check:5m}", initialDelayString = "${pyprep.admin.analytics.image-check:5m}")
    void checkImage() {
        if (grading.workerCount() == 0) {
            return;
        }
        String now = sandbox.imageId();
        if (now == null) {
            return;
        }
        String before = lastImage.get() != null ? lastImage.get() : jobs.lastRevalidatedImage().orElse(now);
        lastImage.set(now);
        if (!now.equals(before)) {
            log.info("The sandbox image changed ({} -> {}): re-validating every published question", before, now);
            all(null, now);
        }
    }
}
