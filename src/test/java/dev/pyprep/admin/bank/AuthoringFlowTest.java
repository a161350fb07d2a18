package dev.pyprep.admin.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.Questions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class AuthoringFlowTest {

    static String coding(String returned) {
        return """
                title: Double it
                kind: coding
                level: entry
                topics: [basics]
                prompt: |
                  Return `n` doubled.
                mode: function
                entry_point: double
                starter: |
                  def double(n):
                      ...
                solution: |
                  def double(n):
                      return %s
                wrong_solutions:
                  - label: adds one
                    code: |
                      def double(n):
                          return n + 1
                tests:
                  - {name: one, sample: true, args: [1], expected: 2}
                  - {name: three, args: [3], expected: 6}
                """.formatted(returned);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ValidationJobs jobs;
    @Autowired
    QuestionAuthoring authoring;
    @Autowired
    Questions questions;

    @Test
    void aDraftIsInvisibleUntilItsValidatedTextIsPublishedAndRetiringHidesItAgain() {
        Environment.requireDocker();
        var admin = accounts.as(accounts.create(Role.ADMIN));
        var candidate = accounts.as(accounts.create(Role.CANDIDATE));

        save(admin, "ad-double", coding("n * 3"), "validate");
        assertThat(mvc.get().uri("/questions").with(candidate)).bodyText().doesNotContain("Double it");
        assertThat(mvc.get().uri("/questions/ad-double").with(candidate)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(questions.current("ad-double")).isEmpty();

        ValidationJobs.Job failed = awaitDone("ad-double");
        assertThat(failed.ok()).isFalse();
        assertThat(failed.report().reference()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("one");
            assertThat(t.verdict()).isEqualTo("WRONG_ANSWER");
        });
        assertThat(mvc.get().uri("/admin/questions/ad-double/edit").with(admin)).hasStatusOk().bodyText()
                .contains("Validation failed", "WRONG_ANSWER", "adds one");
        assertThat(mvc.post().uri("/admin/questions/ad-double/publish").with(admin).with(csrf()))
                .flash().containsEntry("error", "The draft's latest validation failed: fix it and validate again before publishing.");
        assertThat(questions.current("ad-double")).isEmpty();

        save(admin, "ad-double", coding("n * 2"), "save");
        assertThat(mvc.post().uri("/admin/questions/ad-double/publish").with(admin).with(csrf()))
                .flash().containsEntry("error", "The draft changed since it was last validated: validate it again before publishing.");
        save(admin, "ad-never-validated", coding("n * 2"), "save");
        assertThat(mvc.post().uri("/admin/questions/ad-never-validated/publish").with(admin).with(csrf()))
                .flash().containsEntry("error", "Validate the draft before publishing it: nothing has proven it yet.");

        save(admin, "ad-double", coding("n * 2"), "validate");
        assertThat(awaitDone("ad-double").ok()).isTrue();
        save(admin, "ad-double", coding("n * 2") + "# a comment\n", "save");
        assertThat(mvc.post().uri("/admin/questions/ad-double/publish").with(admin).with(csrf()))
                .flash().containsEntry("error", "The draft changed since it was last validated: validate it again before publishing.");
        save(admin, "ad-double", coding("n * 2"), "validate");
        assertThat(awaitDone("ad-double").ok()).isTrue();

        assertThat(mvc.post().uri("/admin/questions/ad-double/publish").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(authoring.draft("ad-double")).isEmpty();
        assertThat(questions.current("ad-double")).get().satisfies(r -> assertThat(r.version()).isEqualTo(1));
        assertThat(mvc.get().uri("/questions").with(candidate)).bodyText().contains("Double it");

        authoring.saveDraft("ad-double", coding("n + n"), 1);
        long job = jobs.enqueue(ValidationJobs.Purpose.DRAFT, "ad-double", coding("n + n"), null);
        awaitDone("ad-double");
        assertThat(jobs.find(job).orElseThrow().ok()).isTrue();
        assertThat(mvc.post().uri("/admin/questions/ad-double/publish").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(questions.current("ad-double")).get().satisfies(r -> assertThat(r.version()).isEqualTo(2));

        assertThat(mvc.post().uri("/admin/questions/ad-double/retire").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/questions").with(candidate)).bodyText().doesNotContain("Double it");
        assertThat(mvc.get().uri("/questions/ad-double").with(candidate)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(questions.catalog()).noneMatch(q -> q.slug().equals("ad-double"));
        assertThat(mvc.get().uri("/admin/questions?status=retired").with(admin)).bodyText().contains("ad-double");
        assertThat(mvc.post().uri("/admin/questions/ad-double/retire").with(admin).with(csrf()))
                .flash().containsEntry("error", "'ad-double' is already retired.");
        assertThat(mvc.post().uri("/admin/questions/ad-double/unretire").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/questions").with(candidate)).bodyText().contains("Double it");
    }

    @Test
    void theParseProblemIsShownAtItsLineInThePreview() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        assertThat(mvc.post().uri("/admin/questions/preview").with(admin).with(csrf()).param("slug", "ad-broken")
                .param("yaml", "title: Broken\nkind: coding\nlevel: entry\ntopics: [no-such-topic]\nprompt: x\n"))
                .hasStatusOk().bodyText().contains("Line 4:", "no-such-topic");
        assertThat(mvc.post().uri("/admin/questions/preview").with(admin).with(csrf()).param("slug", "ad-fine")
                .param("yaml", coding("n * 2"))).hasStatusOk().body().asString()
                .doesNotContain("data-error-line").doesNotContain("parse-error").contains("Return <code>n</code> doubled.");
    }

    @Test
    void everyKindsStarterTemplateParses() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        for (String kind : new String[]{"coding", "concept", "multiple_choice", "predict_output"}) {
            assertThat(mvc.get().uri("/admin/questions/new?kind=" + kind).with(admin)).hasStatusOk().bodyText()
                    .doesNotContain("Line ").contains("Preview");
        }
        assertThat(mvc.post().uri("/admin/questions/save").with(admin).with(csrf()).param("slug", "Bad Slug")
                .param("yaml", "x: 1")).flash().containsEntry("error",
                "The slug must be lower-case words joined by '-', such as 'two-sum' (at most 120 characters).");
    }

    @Test
    void aConceptDraftIsValidatedWithoutTheSandbox() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        save(admin, "ad-concept", """
                title: What is a list?
                kind: concept
                level: entry
                topics: [basics]
                prompt: What is a list?
                model_answer: A mutable sequence.
                key_points: [mutable, ordered]
                """, "validate");
        assertThat(jobs.latest("ad-concept", ValidationJobs.Purpose.DRAFT).orElseThrow().ok()).isTrue();
        assertThat(mvc.post().uri("/admin/questions/ad-concept/publish").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(questions.current("ad-concept")).isPresent();
    }

    @Test
    void theQuestionListPagesALargeBankAndSaysWhenNothingMatches() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        for (int i = 0; i < 60; i++) {
            authoring.saveDraft("ad-many-" + i, "title: Many " + i + "\n", 1);
        }
        assertThat(mvc.get().uri("/admin/questions?q=ad-many&status=draft").with(admin)).hasStatusOk().bodyText()
                .contains("60 questions and drafts", "Page 1 of 2", "ad-many-0");
        assertThat(mvc.get().uri("/admin/questions?q=ad-many&status=draft&page=1").with(admin)).hasStatusOk().bodyText()
                .contains("Page 2 of 2");
        assertThat(mvc.get().uri("/admin/questions?q=nothing-is-called-this").with(admin)).hasStatusOk().bodyText()
                .contains("No question or draft matches");
        assertThat(mvc.get().uri("/admin/questions/ad-many-7/edit").with(admin)).hasStatusOk().bodyText()
                .contains("Draft not validated yet");
        assertThat(mvc.get().uri("/admin/questions/no-such-question/edit").with(admin)).hasStatus(HttpStatus.NOT_FOUND);
    }

    private void save(RequestPostProcessor admin, String slug, String yaml, String intent) {
        assertThat(mvc.post().uri("/admin/questions/save").with(admin).with(csrf()).param("slug", slug).param("yaml", yaml)
                .param("intent", intent)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/questions/" + slug + "/edit");
    }

    private ValidationJobs.Job awaitDone(String slug) {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(end)) {
            ValidationJobs.Job job = jobs.latest(slug, ValidationJobs.Purpose.DRAFT).orElseThrow();
            if (job.status() == ValidationJobs.Status.DONE) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("validation of " + slug + " did not finish in time");
    }
}
