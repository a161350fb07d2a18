package dev.pyprep.screen.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** A timed screen: settings and questions, changed only as a draft; publishing pins each question's version. */
@Entity
@Table(name = "screens")
public class Screen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Enumerated(EnumType.STRING)
    private ScreenKind kind;

    private String title;

    @Column(name = "instructions_md")
    private String instructionsMd;

    @Column(name = "time_limit_minutes")
    private int timeLimitMinutes;

    @Column(name = "pass_mark")
    private int passMark;

    private boolean shuffled;

    @Column(name = "hints_allowed")
    private boolean hintsAllowed;

    @Column(name = "show_score")
    private boolean showScore;

    @Enumerated(EnumType.STRING)
    private ScreenStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "screen", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ScreenQuestion> questions = new ArrayList<>();

    protected Screen() {
    }

    public Screen(long ownerId, ScreenKind kind, ScreenSettings settings, Clock clock) {
        this.ownerId = ownerId;
        this.kind = kind;
        this.status = ScreenStatus.DRAFT;
        this.createdAt = clock.instant();
        apply(settings);
    }

    public void edit(ScreenSettings settings) {
        requireDraft();
        apply(settings);
    }

    private void apply(ScreenSettings s) {
        this.title = s.title();
        this.instructionsMd = s.instructions();
        this.timeLimitMinutes = s.timeLimitMinutes();
        this.passMark = s.passMark();
        this.shuffled = s.shuffled();
        this.hintsAllowed = s.hintsAllowed();
        this.showScore = s.showScore();
    }

    public ScreenSettings settings() {
        return new ScreenSettings(title, instructionsMd, timeLimitMinutes, passMark, shuffled, hintsAllowed, showScore);
    }

    public void addQuestion(long questionId, String slug, long versionId, int points) {
        requireDraft();
        if (questions.stream().anyMatch(q -> q.getQuestionId() == questionId)) {
            throw new ScreenStateException("That question is already in this screen.");
        }
        questions.add(new ScreenQuestion(this, questions.size(), questionId, slug, versionId, points));
    }

    public void removeQuestion(long screenQuestionId) {
        requireDraft();
        questions.removeIf(q -> q.getId() == screenQuestionId);
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i);
        }
    }

    public void setPoints(long screenQuestionId, int points) {
        requireDraft();
        question(screenQuestionId).setPoints(points);
    }

    public ScreenQuestion question(long screenQuestionId) {
        return questions.stream().filter(q -> q.getId() == screenQuestionId).findFirst()
                .orElseThrow(() -> new ScreenStateException("That question is not in this screen."));
    }

    /** Pins every question to the version the bank gives now (currentVersion: question id to version id). */
    public void publish(LongUnaryOperator currentVersion, Clock clock) {
        requireDraft();
        if (questions.isEmpty()) {
            throw new ScreenStateException("Add at least one question before publishing.");
        }
        questions.forEach(q -> q.pin(currentVersion.applyAsLong(q.getQuestionId())));
        this.status = ScreenStatus.PUBLISHED;
        this.publishedAt = clock.instant();
    }

    public void archive() {
        if (status != ScreenStatus.PUBLISHED) {
            throw new ScreenStateException("Only a published screen can be archived.");
        }
        this.status = ScreenStatus.ARCHIVED;
    }

    public void requireInvitable() {
        if (status != ScreenStatus.PUBLISHED) {
            throw new ScreenStateException("Invites can be sent only for a published screen.");
        }
    }

    private void requireDraft() {
        if (status != ScreenStatus.DRAFT) {
            throw new ScreenStateException("A published screen cannot be changed. Duplicate it to make a new draft.");
        }
    }

    /** A new draft with the same settings and questions (the bank's current versions are pinned again on publish). */
    public Screen duplicate(long ownerId, Clock clock) {
        ScreenSettings s = settings();
        Screen copy = new Screen(ownerId, kind, new ScreenSettings(s.title() + " (copy)", s.instructions(),
                s.timeLimitMinutes(), s.passMark(), s.shuffled(), s.hintsAllowed(), s.showScore()), clock);
        questions.forEach(q -> copy.addQuestion(q.getQuestionId(), q.getSlug(), q.getVersionId(), q.getPoints()));
        return copy;
    }

    public int maxScore() {
        return questions.stream().mapToInt(ScreenQuestion::getPoints).sum();
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public ScreenKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getInstructionsMd() { return instructionsMd; }
    public int getTimeLimitMinutes() { return timeLimitMinutes; }
    public int getPassMark() { return passMark; }
    public boolean isShuffled() { return shuffled; }
    public boolean isHintsAllowed() { return hintsAllowed; }
    public boolean isShowScore() { return showScore; }
    public ScreenStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<ScreenQuestion> getQuestions() { return List.copyOf(questions); }
}
