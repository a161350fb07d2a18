package dev.pyprep.admin.analytics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param firstTryMinCandidates a question counts as "everyone solves it on the first try" only with this many candidates
 * @param imageCheck            how often a grading process looks whether the sandbox image changed (then every
 *                              published question is re-validated)
 */
@ConfigurationProperties("pyprep.admin.analytics")
record AnalyticsSettings(@DefaultValue("3") int firstTryMinCandidates, @DefaultValue("5m") Duration imageCheck) {
}
