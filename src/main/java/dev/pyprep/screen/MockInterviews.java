package dev.pyprep.screen;

import dev.pyprep.question.Level;
import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.CandidateScreens;
import dev.pyprep.screen.app.Report;
import dev.pyprep.screen.app.Results;
import dev.pyprep.screen.app.Scoring;
import dev.pyprep.screen.domain.Answers;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Attempts;
import dev.pyprep.screen.domain.Invite;
import dev.pyprep.screen.domain.InviteToken;
import dev.pyprep.screen.domain.Invites;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenKind;
import dev.pyprep.screen.domain.ScreenSettings;
import dev.pyprep.screen.domain.Screens;
import dev.pyprep.system.UserError;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mock interviews: a candidate sets themselves a timed screen (kind MOCK, owned by them, never in recruiter lists) of
 * practice questions they have not mastered yet, takes it through the same machinery, and sees model answers after.
 */
@Service
public class MockInterviews {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Screens screens;
    private final Invites invites;
    private final Attempts attempts;
    private final Questions questions;
    private final PracticeRecord practice;
    private final CandidateScreens candidate;
    private final Results results;
    private final Markdown markdown;
    private final Answers answerStore;
    private final Scoring scoring;
    private final TransactionTemplate tx;
    private final Clock clock;

    MockInterviews(Screens screens, Invites invites, Attempts attempts, Questions questions, PracticeRecord practice,
                   CandidateScreens candidate, Results results, Markdown markdown,
                   Answers answerStore, Scoring scoring,
                   TransactionTemplate tx, Clock clock) {
        this.answerStore = answerStore;
        this.scoring = scoring;
        this.screens = screens;
        this.invites = invites;
        this.attempts = attempts;
        this.questions = questions;
        this.practice = practice;
        this.candidate = candidate;
        this.results = results;
        this.markdown = markdown;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the candidate asked for: topic slugs (empty = any), a level (null = any), how many questions, how long. */
    public record Request(List<String> topics, Level level, int questions, int minutes) {
        public Request {
            topics = topics == null ? List.of() : List.copyOf(topics);
            if (questions < 1 || questions > 10) {
                throw new UserError("A mock interview has 1 to 10 questions.");
            }
            if (minutes < 5 || minutes > 180) {
                throw new UserError("A mock interview lasts 5 to 180 minutes.");
            }
        }
    }

    /** Model answers beside a finished mock's report. */
    public record Result(Report report, List<ModelAnswer> answers) {
    }

    public record ModelAnswer(String answer, List<String> notes, String editorialHtml) {
    }

    /** Creates and starts the mock; returns the raw link token to take it with. */
    public String start(long accountId, String email, Request request) {
        List<QuestionSummary> picked = pick(accountId, request);
        InviteToken token = InviteToken.generate();
        tx.executeWithoutResult(status -> {
            String title = "Mock interview" + (request.topics().isEmpty() ? "" : ": " + String.join(", ", request.topics()));
            Screen screen = new Screen(accountId, ScreenKind.MOCK, new ScreenSettings(title,
                    "A practice interview you set yourself. Model answers are shown when you finish.", request.minutes(),
                    60, false, true, true), clock);
            picked.forEach(q -> screen.addQuestion(q.questionId(), q.slug(), q.versionId(), 10));
            screen.publish(questionId -> picked.stream().filter(q -> q.questionId() == questionId).findFirst().orElseThrow().versionId(), clock);
            screens.save(screen);
            invites.save(new Invite(screen.getId(), email, token, clock.instant().plus(Duration.ofDays(1)), clock));
        });
        candidate.start(token.raw(), accountId);
        return token.raw();
    }

    /** Practice questions (never screen-only) matching the request, not-yet-mastered ones first, in random order. */
    List<QuestionSummary> pick(long accountId, Request request) {
        Set<Long> mastered = practice.masteredQuestionIds(accountId);
        List<QuestionSummary> fresh = new ArrayList<>();
        List<QuestionSummary> known = new ArrayList<>();
        for (QuestionSummary q : questions.catalog()) {
            if (q.screenOnly() || (request.level() != null && q.level() != request.level())
                    || (!request.topics().isEmpty() && q.topics().stream().noneMatch(request.topics()::contains))) {
                continue;
            }
            (mastered.contains(q.questionId()) ? known : fresh).add(q);
        }
        if (fresh.isEmpty() && known.isEmpty()) {
            throw new UserError("No practice question matches these topics and level. Choose more topics or any level.");
        }
        Collections.shuffle(fresh, RANDOM);
        Collections.shuffle(known, RANDOM);
        fresh.addAll(known);
        return List.copyOf(fresh.subList(0, Math.min(request.questions(), fresh.size())));
    }

    /** The candidate's mock interviews, newest first. */
    @Transactional(readOnly = true)
    public List<MockSummary> history(long accountId) {
        return screens.findByOwnerIdAndKindOrderByCreatedAtDesc(accountId, ScreenKind.MOCK).stream().map(s -> {
            Attempt a = attempts.findByScreenId(s.getId()).stream().findFirst().orElse(null);
            return new MockSummary(s.getId(), s.getTitle(), s.getQuestions().size(), s.getTimeLimitMinutes(),
                    a == null ? null : a.getStartedAt(), a != null && (a.closed() || a.overdue(clock)),
                    a == null ? null : a.getScore(), s.maxScore());
        }).toList();
    }

    /** A new link to a mock still running (the old one is forgotten); empty once it is over. */
    @Transactional
    public Optional<String> resume(long accountId, long mockId) {
        Screen screen = owned(accountId, mockId);
        Attempt attempt = attempts.findByScreenId(screen.getId()).stream().findFirst().orElseThrow();
        if (!attempt.open(clock)) {
            return Optional.empty();
        }
        InviteToken token = InviteToken.generate();
        invites.findById(attempt.getInviteId()).orElseThrow().replaceLink(token);
        return Optional.of(token.raw());
    }

    /** A finished mock's report with model answers; empty while it is still running. */
    @Transactional(readOnly = true)
    public Optional<Result> result(long accountId, long mockId) {
        Screen screen = owned(accountId, mockId);
        Invite invite = invites.findByScreenIdOrderByCreatedAtAscIdAsc(screen.getId()).getFirst();
        Report report = results.build(screen, invite);
        if (report.attempt() == null || !report.attempt().closed()) {
            return Optional.empty();
        }
        List<ModelAnswer> answers = report.items().stream()
                .map(i -> model(questions.answerKey(i.question().getVersionId()).orElseThrow())).toList();
        return Optional.of(new Result(report, answers));
    }

    /** In a mock nobody else marks concept answers: the candidate gives themselves 0..points against the model answer. */
    @Transactional
    public void selfMark(long accountId, long mockId, long answerId, BigDecimal points) {
        Screen screen = owned(accountId, mockId);
        Attempt attempt = attempts.findByScreenId(screen.getId()).stream().findFirst()
                .filter(Attempt::closed).orElseThrow(() -> new UserError("Finish the mock interview first."));
        var answer = answerStore.findById(answerId).filter(a -> a.getAttemptId() == attempt.getId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such answer"));
        var question = screen.question(answer.getScreenQuestionId());
        if (!(questions.answerKey(question.getVersionId()).orElseThrow() instanceof QuestionContent.Concept)) {
            throw new UserError("Only concept answers are marked by hand.");
        }
        if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(question.getPoints())) > 0) {
            throw new UserError("Give between 0 and " + question.getPoints() + " points.");
        }
        answer.award(points, accountId);
        answerStore.flush();
        scoring.recompute(attempt.getId());
    }

    private ModelAnswer model(QuestionContent key) {
        return switch (key) {
            case QuestionContent.Concept c -> new ModelAnswer(c.modelAnswer(), c.keyPoints(), null);
            case QuestionContent.MultipleChoice m -> new ModelAnswer(m.options().get(m.correctIndex()).text(),
                    m.options().stream().filter(o -> o.explanation() != null && !o.explanation().isBlank())
                            .map(o -> o.text() + ": " + o.explanation()).toList(), null);
            case QuestionContent.PredictOutput p -> new ModelAnswer(p.expectedOutput(),
                    p.explanation() == null ? List.of() : List.of(p.explanation()), null);
            case QuestionContent.Coding c -> new ModelAnswer(c.solution(), List.of(), markdown.toHtml(c.editorial()));
        };
    }

    private Screen owned(long accountId, long mockId) {
        Screen screen = screens.findById(mockId).filter(s -> s.getKind() == ScreenKind.MOCK && s.getOwnerId() == accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mock interview"));
        screen.getQuestions();
        return screen;
    }
}
