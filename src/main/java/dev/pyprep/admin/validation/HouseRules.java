package dev.pyprep.admin.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This bank's own rules, on top of correctness. Breaking one is a warning, never a failure: a third-party bank with a
 * handful of tests per problem still validates. Set any number to 0 to switch that rule off.
 *
 * @param minSamples        sample tests per challenge
 * @param minHidden         hidden tests per challenge
 * @param minWrongSolutions wrong solutions per challenge (each must be rejected when present: that is correctness)
 * @param minPerTopic       practice questions per topic in topics.yaml
 * @param editorial         whether every challenge should have an editorial
 */
@ConfigurationProperties("pyprep.bank.rules")
public record HouseRules(@DefaultValue("3") int minSamples, @DefaultValue("10") int minHidden,
                         @DefaultValue("1") int minWrongSolutions, @DefaultValue("3") int minPerTopic,
                         @DefaultValue("true") boolean editorial) {
}
