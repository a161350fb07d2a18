package dev.pyprep.screen.app;

import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenKind;
import dev.pyprep.screen.domain.ScreenSettings;
import dev.pyprep.screen.domain.ScreenStateException;
import dev.pyprep.screen.domain.Screens;
import dev.pyprep.system.AuditableEvent;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A recruiter's screens: create, edit while draft, publish (pinning versions), duplicate, archive. */
@Service
public class ScreenEditor {

    private final Screens screens;
    private final Questions questions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreenEditor(Screens screens, Questions questions, ApplicationEventPublisher events, Clock clock) {
        this.screens = screens;
        this.questions = questions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Screen> list(Viewer viewer) {
        List<Screen> list = viewer.admin() ? screens.findByKindOrderByCreatedAtDesc(ScreenKind.RECRUITER)
                : screens.findByOwnerIdAndKindOrderByCreatedAtDesc(viewer.accountId(), ScreenKind.RECRUITER);
        list.forEach(Screen::getQuestions);
        return list;
    }

    /** The screen with its questions loaded, if this viewer may see it (a mock interview never is). */
    @Transactional(readOnly = true)
    public Screen get(Viewer viewer, long id) {
        Screen screen = screens.findRecruiterScreen(id).filter(s -> viewer.mayRead(s.getOwnerId()))
                .orElseThrow(() -> NotFound.of("screen"));
        screen.getQuestions();
        return screen;
    }

    @Transactional
    public long create(Viewer viewer, ScreenSettings settings) {
        return screens.save(new Screen(viewer.accountId(), ScreenKind.RECRUITER, settings, clock)).getId();
    }

    @Transactional
    public void edit(Viewer viewer, long id, ScreenSettings settings) {
        get(viewer, id).edit(settings);
    }

    @Transactional
    public void addQuestion(Viewer viewer, long id, long questionId, int points) {
        QuestionSummary q = questions.catalog().stream().filter(s -> s.questionId() == questionId).findFirst()
                .orElseThrow(() -> new ScreenStateException("That question is not in the bank."));
        get(viewer, id).addQuestion(q.questionId(), q.slug(), q.versionId(), points);
    }

    @Transactional
    public void removeQuestion(Viewer viewer, long id, long screenQuestionId) {
        get(viewer, id).removeQuestion(screenQuestionId);
    }

    @Transactional
    public void setPoints(Viewer viewer, long id, long screenQuestionId, int points) {
        get(viewer, id).setPoints(screenQuestionId, points);
    }

    @Transactional
    public void publish(Viewer viewer, long id) {
        Screen screen = get(viewer, id);
        screen.publish(questionId -> questions.catalog().stream().filter(q -> q.questionId() == questionId)
                .findFirst().map(QuestionSummary::versionId)
                .orElseThrow(() -> new ScreenStateException("A question of this screen is no longer in the bank.")), clock);
        events.publishEvent(new AuditableEvent(viewer.accountId(), "screen.published", "screen", String.valueOf(id),
                "DRAFT", "PUBLISHED: " + screen.getQuestions().stream().map(q -> q.getSlug() + "@" + q.getVersionId()).toList(),
                clock.instant()));
    }

    @Transactional
    public void archive(Viewer viewer, long id) {
        get(viewer, id).archive();
        events.publishEvent(new AuditableEvent(viewer.accountId(), "screen.archived", "screen", String.valueOf(id),
                "PUBLISHED", "ARCHIVED", clock.instant()));
    }

    @Transactional
    public long duplicate(Viewer viewer, long id) {
        return screens.save(get(viewer, id).duplicate(viewer.accountId(), clock)).getId();
    }
}
