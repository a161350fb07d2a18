package dev.pyprep.screen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question in a screen with its points; {@code versionId} is the exact version candidates get once published. */
@Entity
@Table(name = "screen_questions")
public class ScreenQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "screen_id")
    private Screen screen;

    private int position;

    @Column(name = "question_id")
    private long questionId;

    private String slug;

    @Column(name = "version_id")
    private long versionId;

    private int points;

    protected ScreenQuestion() {
    }

    ScreenQuestion(Screen screen, int position, long questionId, String slug, long versionId, int points) {
        this.screen = screen;
        this.position = position;
        this.questionId = questionId;
        this.slug = slug;
        this.versionId = versionId;
        setPoints(points);
    }

    void setPoints(int points) {
        if (points < 1 || points > 1000) {
            throw new ScreenStateException("Points must be between 1 and 1000.");
        }
        this.points = points;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void pin(long versionId) {
        this.versionId = versionId;
    }

    public long getId() { return id; }
    public int getPosition() { return position; }
    public long getQuestionId() { return questionId; }
    public String getSlug() { return slug; }
    public long getVersionId() { return versionId; }
    public int getPoints() { return points; }
}
