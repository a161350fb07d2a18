package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Candidate;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Crawls every page and JSON response a candidate can reach, after submitting right and wrong code, and checks that no
 * hidden test's name, input or expected output (distinctive marker values in fx-shout) appears anywhere.
 */
@PyPrepTest
class HiddenTestDataCrawlTest {

    private static final List<String> MARKERS = List.of("secret-input-7731", "hidden-name-marker-qx5521", "wq-hidden-9146",
            "12502500", "5050");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;

    @Test
    void hiddenTestInputsAndExpectedOutputsNeverReachTheCandidate() {
        Environment.requireDocker();
        Candidate candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        long shout = questions.current("fx-shout").orElseThrow().versionId();
        long sum = questions.current("fx-sum-to").orElseThrow().versionId();
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode r : List.of(
                candidate.submitAndWait(shout, "SUBMIT", "def shout(s):\n    return s.upper() + '!'\n"),
                candidate.submitAndWait(shout, "SUBMIT", "def shout(s):\n    print(s)\n    raise ValueError(s)\n"),
                candidate.submitAndWait(shout, "RUN", "def shout(s):\n    return s\n", "[\"abc\"]"),
                candidate.submitAndWait(sum, "SUBMIT", "def sum_to(n):\n    print(n)\n    return sum(range(n))\n"))) {
            ids.add(r.path("id").asLong());
        }
        assertThat(candidate.get("/api/submissions/" + ids.iterator().next()).path("verdict").asString()).isEqualTo("ACCEPTED");

        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/questions", "/progress", "/api/csrf",
                "/api/questions/fx-shout/submissions", "/api/questions/fx-sum-to/submissions"));
        ids.forEach(id -> todo.add("/api/submissions/" + id));
        while (!todo.isEmpty() && seen.size() < 300) {
            String uri = todo.poll();
            if (!seen.add(uri) || uri.startsWith("/logout") || uri.startsWith("/webjars") || uri.startsWith("/css")) {
                continue;
            }
            String body = candidate.page(uri);
            String lower = body.toLowerCase(Locale.ROOT);
            for (String marker : MARKERS) {
                assertThat(lower).as("%s must not contain %s", uri, marker).doesNotContain(marker);
            }
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!seen.contains(link)) {
                    todo.add(link);
                }
            }
        }
        assertThat(seen).contains("/questions/fx-shout", "/questions/fx-sum-to", "/questions?topic=strings");
    }
}
