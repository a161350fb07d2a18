package dev.pyprep.grading;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param workers               concurrent gradings in this process; 0 = this process only queues (web role);
 *                              negative = one per CPU core
 * @param lease                 how long a claimed submission stays ours before another worker may take it over
 * @param pollInterval          how often an idle worker looks for work (it is also woken on every new submission)
 * @param maxCodeSize           the largest code a candidate may submit
 * @param maxQueuedPerUser      submissions one person may have waiting or running at once
 * @param maxAttempts           gradings that crash the grader before a submission is given INTERNAL_ERROR
 * @param hiddenOutputLimit     what is kept of a hidden test's return value, stdout and stderr (nobody reads them
 *                              but graders debugging a question)
 * @param maxSubmissionsPerMinute submissions one account may make per minute (Run and Submit together)
 */
@ConfigurationProperties("pyprep.grading")
public record GradingSettings(
        @DefaultValue("-1") int workers,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("64KB") DataSize maxCodeSize,
        @DefaultValue("5") int maxQueuedPerUser,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("4KB") DataSize hiddenOutputLimit,
        @DefaultValue("30") int maxSubmissionsPerMinute) {

    public int workerCount() {
        return workers < 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }
}
