package dev.pyprep.screen.app;

import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.TestRecord;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.domain.Answer;
import dev.pyprep.screen.domain.Answers;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Attempts;
import dev.pyprep.screen.domain.Invite;
import dev.pyprep.screen.domain.Invites;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenQuestion;
import dev.pyprep.screen.domain.ScreenStateException;
import dev.pyprep.system.AuditableEvent;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What recruiters read: the results table, a candidate's report, the CSV export; and the marking of concept answers. */
@Service
public class Results {

    private final ScreenEditor editor;
    private final Invitations invitations;
    private final Invites invites;
    private final Attempts attempts;
    private final Answers answers;
    private final Questions questions;
    private final SubmissionService submissions;
    private final Scoring scoring;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Results(ScreenEditor editor, Invitations invitations, Invites invites, Attempts attempts, Answers answers,
            Questions questions, SubmissionService submissions, Scoring scoring, ApplicationEventPublisher events, Clock clock) {
        this.editor = editor;
        this.invitations = invitations;
        this.invites = invites;
        this.attempts = attempts;
        this.answers = answers;
        this.questions = questions;
        this.submissions = submissions;
        this.scoring = scoring;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ResultRow> table(Viewer viewer, long screenId) {
        Screen screen = editor.get(viewer, screenId);
        Map<Long, Attempt> byInvite = attempts.findByScreenId(screenId).stream()
                .collect(Collectors.toMap(Attempt::getInviteId, Function.identity()));
        return invites.findByScreenIdOrderByCreatedAtAscIdAsc(screenId).stream()
                .map(i -> row(screen, i, byInvite.get(i.getId()))).toList();
    }

    ResultRow row(Screen screen, Invite invite, Attempt attempt) {
        if (attempt == null) {
            return new ResultRow(invite, null, null, screen.maxScore(), null, null, null, false);
        }
        boolean pending = attempt.closed() && pending(screen, attempt);
        return new ResultRow(invite, attempt, attempt.getScore(), attempt.getMaxScore(), attempt.closed() ? attempt.getPassed() : null,
                attempt.timeUsed(), attempt.getSubmittedAt(), pending);
    }

    /** A concept answer not yet marked, or a coding submission not yet graded. */
    private boolean pending(Screen screen, Attempt attempt) {
        for (Answer a : answers.findByAttemptId(attempt.getId())) {
            ScreenQuestion q = screen.question(a.getScreenQuestionId());
            QuestionContent key = questions.answerKey(q.getVersionId()).orElseThrow();
            if (key instanceof QuestionContent.Concept && a.getPointsAwarded() == null && a.getAnswer() != null) {
                return true;
            }
            if (a.getLastSubmissionId() != null && submissions.find(a.getLastSubmissionId())
                    .map(s -> s.gradedAt() == null).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public Report report(Viewer viewer, long inviteId) {
        Invite invite = invitations.owned(viewer, inviteId);
        return build(editor.get(viewer, invite.getScreenId()), invite);
    }

    /** The report of any invite; callers check who may read it. */
    @Transactional(readOnly = true)
    public Report build(Screen screen, Invite invite) {
        long inviteId = invite.getId();
        screen.getQuestions();
        Attempt attempt = attempts.findByInviteId(inviteId).orElse(null);
        Map<Long, Answer> byQuestion = attempt == null ? Map.of() : answers.findByAttemptId(attempt.getId()).stream()
                .collect(Collectors.toMap(Answer::getScreenQuestionId, Function.identity()));
        List<Report.Item> items = new ArrayList<>();
        List<ScreenQuestion> ordered = attempt == null ? screen.getQuestions()
                : attempt.order().stream().map(screen::question).toList();
        for (ScreenQuestion q : ordered) {
            items.add(item(q, byQuestion.get(q.getId()), attempt));
        }
        return new Report(screen, invite, attempt, row(screen, invite, attempt), items);
    }

    private Report.Item item(ScreenQuestion q, Answer answer, Attempt attempt) {
        QuestionContent key = questions.answerKey(q.getVersionId()).orElseThrow();
        var view = questions.view(q.getVersionId()).orElseThrow();
        List<String> keyPoints = key instanceof QuestionContent.Concept c ? c.keyPoints() : List.of();
        String expected = switch (key) {
            case QuestionContent.MultipleChoice m -> m.options().get(m.correctIndex()).text();
            case QuestionContent.PredictOutput p -> p.expectedOutput();
            default -> null;
        };
        SubmissionRecord last = answer == null || answer.getLastSubmissionId() == null ? null
                : submissions.find(answer.getLastSubmissionId()).orElse(null);
        List<Report.TestLine> tests = last == null ? List.of() : tests(last);
        int count = attempt == null ? 0 : submissions.screenHistory(attempt.getId(), q.getQuestionId()).size();
        String text = answer == null ? null : answer.getAnswer();
        if (key instanceof QuestionContent.MultipleChoice m && text != null) {
            int i = Scoring.choice(text);
            text = i >= 0 && i < m.options().size() ? m.options().get(i).text() : text;
        }
        return new Report.Item(q, view, answer == null ? null : answer.getId(), text,
                answer == null ? null : answer.getSavedAt(), answer == null ? null : answer.getPointsAwarded(),
                keyPoints, expected, last, tests, count);
    }

    /** Every test of the submission, hidden ones with their names and inputs (recruiters may see them). */
    private List<Report.TestLine> tests(SubmissionRecord s) {
        CodingTask task = questions.codingTask(s.questionVersionId()).orElseThrow();
        Map<Long, CodingTask.Test> cases = task.tests().stream().collect(Collectors.toMap(CodingTask.Test::id, Function.identity()));
        List<Report.TestLine> lines = new ArrayList<>();
        for (TestRecord r : submissions.results(s.id())) {
            CodingTask.Test t = r.testCaseId() == null ? null : cases.get(r.testCaseId());
            lines.add(new Report.TestLine(r.ordinal(), t == null ? "custom" : t.name(), r.visibility().name().toLowerCase(),
                    r.verdict().name(), t == null ? s.customInput() : t.inputText(), t == null ? null : t.expectedText(),
                    r.actual(), r.timeMs()));
        }
        return lines;
    }

    /** The recruiter marks a concept answer 0..points; total and pass/fail follow. */
    @Transactional
    public long scoreConcept(Viewer viewer, long inviteId, long answerId, BigDecimal points) {
        Invite invite = invitations.owned(viewer, inviteId);
        Screen screen = editor.get(viewer, invite.getScreenId());
        Attempt attempt = attempts.findByInviteId(inviteId).orElseThrow(() -> NotFound.of("answer"));
        Answer answer = answers.findById(answerId).filter(a -> a.getAttemptId() == attempt.getId())
                .orElseThrow(() -> NotFound.of("answer"));
        ScreenQuestion q = screen.question(answer.getScreenQuestionId());
        if (!(questions.answerKey(q.getVersionId()).orElseThrow() instanceof QuestionContent.Concept)) {
            throw new ScreenStateException("Only concept answers are marked by hand.");
        }
        if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(q.getPoints())) > 0) {
            throw new ScreenStateException("Give between 0 and " + q.getPoints() + " points.");
        }
        BigDecimal before = answer.getPointsAwarded();
        answer.award(points, viewer.accountId());
        answers.flush();
        scoring.recompute(attempt.getId());
        events.publishEvent(new AuditableEvent(viewer.accountId(), "screen.concept.scored", "screen_answer",
                String.valueOf(answerId), Objects.toString(before, "unscored"), points.toPlainString(), clock.instant()));
        return invite.getScreenId();
    }

    /** The results table as CSV (commons-csv does the quoting). */
    @Transactional(readOnly = true)
    public void csv(Viewer viewer, long screenId, Writer out) throws IOException {
        List<ResultRow> rows = table(viewer, screenId);
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
                .setHeader("email", "status", "score", "max_score", "percent", "passed", "pending", "started_at",
                        "submitted_at", "time_used_seconds").get().print(out)) {
            for (ResultRow r : rows) {
                Attempt a = r.attempt();
                csv.printRecord(r.invite().getEmail(), r.invite().getStatus().name(),
                        r.score() == null ? "" : r.score().toPlainString(), r.maxScore(),
                        r.score() == null || r.maxScore() == 0 ? "" : Math.round(100 * r.score().doubleValue() / r.maxScore()),
                        r.passed() == null ? "" : r.passed(), r.pending(), a == null ? "" : a.getStartedAt(),
                        r.submittedAt() == null ? "" : r.submittedAt(), r.timeUsed() == null ? "" : r.timeUsed().toSeconds());
            }
        }
    }
}
