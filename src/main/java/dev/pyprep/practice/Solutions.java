package dev.pyprep.practice;

import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.QuestionView;
import dev.pyprep.question.Questions;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editorials in practice: a challenge's editorial and reference solution unlock after the candidate's first accepted
 * practice submission, or when they choose "show solution" (recorded as an attempt that is not mastered, and put on
 * the review schedule). Only practice questions ({@link Questions#practiceView}) and practice submissions count:
 * screen-only questions and submissions made in a screen never unlock anything here.
 */
@Component
class Solutions {

    private final Questions questions;
    private final SubmissionService submissions;
    private final AnswerAttemptRepository attempts;
    private final ReviewSchedule schedule;
    private final Markdown markdown;
    private final JdbcClient jdbc;
    private final Clock clock;

    Solutions(Questions questions, SubmissionService submissions, AnswerAttemptRepository attempts, ReviewSchedule schedule,
              Markdown markdown, JdbcClient jdbc, Clock clock) {
        this.questions = questions;
        this.submissions = submissions;
        this.attempts = attempts;
        this.schedule = schedule;
        this.markdown = markdown;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empty when there is no practice challenge of that name. */
    @Transactional(readOnly = true)
    public Optional<Solution> of(long accountId, String slug) {
        return challenge(slug).map(c -> {
            Solution.Unlock unlock = unlock(accountId, c.ref().questionId());
            if (unlock == Solution.Unlock.LOCKED) {
                return new Solution(slug, c.view().title(), unlock, null, null);
            }
            String editorial = c.key().editorial();
            return new Solution(slug, c.view().title(), unlock, editorial == null ? null : markdown.toHtml(editorial),
                    c.key().solution());
        });
    }

    /** "Show solution": recorded once; choosing it again, or after solving, changes nothing. False: no such challenge. */
    @Transactional
    public boolean reveal(long accountId, String slug) {
        Optional<Challenge> found = challenge(slug);
        found.ifPresent(c -> {
            long questionId = c.ref().questionId();
            schedule.lock(accountId, questionId);
            if (unlock(accountId, questionId) == Solution.Unlock.LOCKED) {
                attempts.save(AnswerAttempt.reveal(accountId, questionId, c.view().versionId(), clock.instant()));
                schedule.record(accountId, questionId, ReviewResult.REVEALED);
            }
        });
        return found.isPresent();
    }

    private Solution.Unlock unlock(long accountId, long questionId) {
        record Seen(boolean solved, boolean revealed) {
        }
        Seen seen = jdbc.sql("""
                        select coalesce(bool_or(correct and submission_id is not null), false) as solved,
                               coalesce(bool_or(revealed), false) as revealed
                        from answer_attempts where account_id = :me and question_id = :q""")
                .param("me", accountId).param("q", questionId)
                .query((rs, i) -> new Seen(rs.getBoolean("solved"), rs.getBoolean("revealed"))).single();
        // The verdict can reach the page a moment before grading's event has become an attempt here: ask grading too.
        boolean solved = seen.solved() || submissions.practiceHistory(accountId, questionId).stream()
                .anyMatch(s -> s.purpose() == Purpose.SUBMIT && s.verdict() == Verdict.ACCEPTED);
        return solved ? Solution.Unlock.SOLVED : seen.revealed() ? Solution.Unlock.REVEALED : Solution.Unlock.LOCKED;
    }

    private record Challenge(QuestionView view, QuestionRef ref, QuestionContent.Coding key) {
    }

    private Optional<Challenge> challenge(String slug) {
        return questions.practiceView(slug).flatMap(view -> questions.ref(view.versionId())
                .filter(QuestionRef::practice)
                .flatMap(ref -> questions.answerKey(view.versionId())
                        .filter(QuestionContent.Coding.class::isInstance)
                        .map(key -> new Challenge(view, ref, (QuestionContent.Coding) key))));
    }
}
