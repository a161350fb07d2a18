package dev.pyprep.grading.web;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.grading.BadSubmissionException;
import dev.pyprep.grading.NewSubmission;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.SubmissionStatus;
import java.time.Duration;
import org.springframework.web.bind.annotation.RequestParam;
import dev.pyprep.question.Questions;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON API the solve page uses, and scripts can too: session cookie plus the CSRF token from GET /api/csrf in the
 * X-CSRF-TOKEN header. Every submission is visible to its author only.
 */
@RestController
@RequestMapping("/api")
class SubmissionApi {

    private final SubmissionService submissions;
    private final Questions questions;
    private final SubmissionViews views;

    SubmissionApi(SubmissionService submissions, Questions questions, SubmissionViews views) {
        this.submissions = submissions;
        this.questions = questions;
        this.views = views;
    }

    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token", token.getToken());
    }

    @PostMapping("/submissions")
    ResponseEntity<SubmissionView> submit(@AuthenticationPrincipal CurrentAccount me, @RequestBody SubmissionRequest request) {
        if (request.questionVersionId() == null || request.purpose() == null) {
            throw new BadSubmissionException("Say which question version and whether to RUN or SUBMIT.");
        }
        SubmissionRecord s = submissions.submit(NewSubmission.practice(me.id(), request.questionVersionId(),
                request.purpose(), request.code(), request.purpose() == Purpose.RUN ? request.customInput() : null));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(views.view(s));
    }

    /**
     * One submission. With {@code wait=N} (seconds, at most 20) the answer comes as soon as it is graded, or after N
     * seconds with its current state: a long poll, so a page sees the verdict the moment it exists.
     */
    @GetMapping("/submissions/{id}")
    SubmissionView get(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id,
                       @RequestParam(defaultValue = "0") int wait) {
        SubmissionRecord s = submissions.findForAuthor(id, me.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such submission"));
        if (wait > 0 && s.status() != SubmissionStatus.GRADED) {
            s = submissions.await(id, Duration.ofSeconds(Math.min(wait, 20))).orElseThrow();
        }
        return views.view(s);
    }

    @GetMapping("/questions/{slug}/submissions")
    List<HistoryItem> history(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug) {
        return questions.current(slug)
                .map(q -> submissions.practiceHistory(me.id(), q.questionId()).stream()
                        .map(s -> new HistoryItem(s.id(), s.purpose(), s.status(), s.verdict(), s.score(), s.createdAt(), s.code()))
                        .toList())
                .orElse(List.of());
    }
}
