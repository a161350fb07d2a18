package dev.pyprep.screen.app;

import dev.pyprep.grading.NewSubmission;
import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.screen.domain.Answer;
import dev.pyprep.screen.domain.Answers;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Attempts;
import dev.pyprep.screen.domain.Invite;
import dev.pyprep.screen.domain.InviteToken;
import dev.pyprep.screen.domain.InviteStatus;
import dev.pyprep.screen.domain.Invites;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenQuestion;
import dev.pyprep.screen.domain.ScreenStateException;
import dev.pyprep.screen.domain.Screens;
import dev.pyprep.system.UserError;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidate's side, reached only through an invite link: the link's token is the credential, and it opens only
 * its own invite's attempt. Every change checks the server-side deadline with the attempt row locked, and is committed
 * before the answer goes back.
 */
@Service
public class CandidateScreens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Invites invites;
    private final Attempts attempts;
    private final Answers answers;
    private final Screens screens;
    private final SubmissionService submissions;
    private final AttemptCloser closer;
    private final Scoring scoring;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final Clock clock;

    CandidateScreens(Invites invites, Attempts attempts, Answers answers, Screens screens, SubmissionService submissions,
                     AttemptCloser closer, Scoring scoring, PlatformTransactionManager txManager, Clock clock) {
        this.invites = invites;
        this.attempts = attempts;
        this.answers = answers;
        this.screens = screens;
        this.submissions = submissions;
        this.closer = closer;
        this.scoring = scoring;
        this.tx = new TransactionTemplate(txManager);
        this.ownTx = new TransactionTemplate(txManager);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Where an invite stands as its link shows it. */
    public record Entry(Invite invite, Screen screen, Optional<Attempt> attempt) {
        public boolean taking(Clock clock) {
            return invite.getStatus() != InviteStatus.REVOKED && attempt.isPresent()
                    && attempt.get().open(clock);
        }
    }

    /** Opens the link: an unknown or malformed token is a 404; an overdue attempt is closed first. */
    public Entry open(String token) {
        Invite found = find(token);
        attempts.findByInviteId(found.getId()).filter(a -> a.overdue(clock)).ifPresent(a -> closer.closeIfOverdue(a.getId()));
        return tx.execute(status -> {
            Invite invite = invites.findById(found.getId()).orElseThrow();
            if (!invite.expireIfDue(clock)) {
                invite.opened();
            }
            Screen screen = screens.findById(invite.getScreenId()).orElseThrow();
            screen.getQuestions();
            return new Entry(invite, screen, attempts.findByInviteId(invite.getId()));
        });
    }

    /** Starts the attempt (once); the deadline is fixed here, on the server. Returns the attempt id. */
    public long start(String token, Long accountId) {
        Invite found = find(token);
        return tx.execute(status -> {
            Invite invite = invites.findById(found.getId()).orElseThrow();
            Optional<Attempt> existing = attempts.findByInviteId(invite.getId());
            if (existing.isPresent()) {
                return existing.get().getId(); // a second click, or another device: the same attempt
            }
            Screen screen = screens.findById(invite.getScreenId()).orElseThrow();
            List<Long> order = new ArrayList<>(screen.getQuestions().stream().map(ScreenQuestion::getId).toList());
            if (screen.isShuffled()) {
                Collections.shuffle(order, RANDOM);
            }
            return attempts.save(Attempt.start(invite, screen, accountId, order, clock)).getId();
        });
    }

    /** The running attempt of this link (a closed or missing one is refused with the deadline message). */
    public Attempt running(String token) {
        Invite invite = find(token);
        if (invite.getStatus() == InviteStatus.REVOKED) {
            throw new ScreenStateException("This invite was withdrawn by the recruiter; nothing more can be saved.");
        }
        Attempt attempt = attempts.findByInviteId(invite.getId())
                .orElseThrow(() -> new ScreenStateException("This screen has not been started yet."));
        attempt.requireOpen(clock);
        return attempt;
    }

    public Optional<Answer> answer(long attemptId, long screenQuestionId) {
        return answers.findByAttemptIdAndScreenQuestionId(attemptId, screenQuestionId);
    }

    /** Autosave: stores the answer (or code) if the deadline has not passed; committed before this returns. */
    public void save(String token, long screenQuestionId, String text) {
        long attemptId = running(token).getId();
        tx.executeWithoutResult(status -> saveLocked(attemptId, screenQuestionId, text));
    }

    private Answer saveLocked(long attemptId, long screenQuestionId, String text) {
        Attempt attempt = attempts.lock(attemptId).orElseThrow();
        attempt.requireOpen(clock);
        question(attempt, screenQuestionId);
        Answer answer = answers.findByAttemptIdAndScreenQuestionId(attemptId, screenQuestionId)
                .orElseGet(() -> new Answer(attemptId, screenQuestionId));
        answer.save(text, clock);
        return answers.save(answer);
    }

    /**
     * Saves the code, then queues it (RUN: samples; SUBMIT: hidden tests, and it becomes the one that counts). A refusal
     * by grading (too many at once) still keeps the code saved.
     */
    public SubmissionRecord grade(String token, long screenQuestionId, Purpose purpose, String code, String customInput) {
        long attemptId = running(token).getId();
        record Outcome(SubmissionRecord submission, UserError refused) {
        }
        Outcome outcome = tx.execute(status -> {
            Answer answer = saveLocked(attemptId, screenQuestionId, code);
            Attempt attempt = attempts.findById(attemptId).orElseThrow();
            ScreenQuestion q = question(attempt, screenQuestionId);
            try {
                SubmissionRecord s = ownTx.execute(inner -> submissions.submit(new NewSubmission(attempt.getAccountId(),
                        q.getVersionId(), purpose, code, customInput, Origin.SCREEN, attemptId)));
                if (purpose == Purpose.SUBMIT) {
                    answer.submitted(s.id());
                }
                return new Outcome(s, null);
            } catch (UserError e) {
                return new Outcome(null, e);
            }
        });
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        return outcome.submission();
    }

    /** A submission of this link's attempt (any other is a 404 to it). */
    public SubmissionRecord submission(String token, long submissionId) {
        Invite invite = find(token);
        Attempt attempt = attempts.findByInviteId(invite.getId()).orElseThrow(() -> NotFound.of("submission"));
        return submissions.find(submissionId)
                .filter(s -> s.origin() == Origin.SCREEN && Long.valueOf(attempt.getId()).equals(s.originRef()))
                .orElseThrow(() -> NotFound.of("submission"));
    }

    /** The final submit: no more changes; the attempt is scored (coding scores follow as gradings finish). */
    public void finish(String token) {
        long attemptId = running(token).getId();
        tx.executeWithoutResult(status -> {
            Attempt attempt = attempts.lock(attemptId).orElseThrow();
            attempt.submit(clock);
            invites.findById(attempt.getInviteId()).orElseThrow().submitted();
            closer.gradeSavedCode(attempt);
            scoring.recompute(attemptId);
        });
    }

    private ScreenQuestion question(Attempt attempt, long screenQuestionId) {
        if (!attempt.order().contains(screenQuestionId)) {
            throw NotFound.of("question");
        }
        return screens.findById(attempt.getScreenId()).orElseThrow().question(screenQuestionId);
    }

    Invite find(String token) {
        if (!InviteToken.wellFormed(token)) {
            throw NotFound.of("invite");
        }
        return invites.findByTokenHash(InviteToken.hash(token)).orElseThrow(() -> NotFound.of("invite"));
    }
}
