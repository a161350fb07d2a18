package dev.pyprep.screen.web;

import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.CandidateScreens;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The take page's scripts: autosave, Run, Submit and the verdict poll, all keyed by the invite link's token. */
@RestController
@RequestMapping("/s/{token}")
class CandidateApi {

    private final CandidateScreens screens;
    private final SubmissionService submissions;
    private final Questions questions;

    CandidateApi(CandidateScreens screens, SubmissionService submissions, Questions questions) {
        this.screens = screens;
        this.submissions = submissions;
        this.questions = questions;
    }

    @PostMapping("/answers/{sq}")
    Map<String, Object> save(@PathVariable String token, @PathVariable long sq, @RequestParam(required = false) String answer) {
        screens.save(token, sq, answer);
        return Map.of("saved", true);
    }

    @PostMapping("/questions/{sq}/run")
    ResponseEntity<CandidateSubmissionView> run(@PathVariable String token, @PathVariable long sq, @RequestBody CodeRequest body) {
        return queued(screens.grade(token, sq, Purpose.RUN, body.code(), body.customInput()));
    }

    @PostMapping("/questions/{sq}/submit")
    ResponseEntity<CandidateSubmissionView> submit(@PathVariable String token, @PathVariable long sq, @RequestBody CodeRequest body) {
        return queued(screens.grade(token, sq, Purpose.SUBMIT, body.code(), null));
    }

    @GetMapping("/submissions/{id}")
    CandidateSubmissionView submission(@PathVariable String token, @PathVariable long id,
                                       @RequestParam(defaultValue = "0") int wait) {
        SubmissionRecord s = screens.submission(token, id);
        if (wait > 0 && s.status() != SubmissionStatus.GRADED) {
            s = submissions.await(id, Duration.ofSeconds(Math.min(wait, 20))).orElse(s);
        }
        return view(s);
    }

    private ResponseEntity<CandidateSubmissionView> queued(SubmissionRecord s) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(s));
    }

    private CandidateSubmissionView view(SubmissionRecord s) {
        return CandidateSubmissionView.of(s, s.status() == SubmissionStatus.GRADED ? submissions.results(s.id()) : java.util.List.of(),
                questions.codingTask(s.questionVersionId()).orElseThrow());
    }
}
