package dev.pyprep.question.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Immutable;

/** One immutable version of a question. Editing the file makes a new row; graded work points at the row it used. */
@Entity
@Immutable
@Table(name = "question_versions")
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    private int version;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "source_path")
    private String sourcePath;

    private String title;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Column(name = "prompt_md")
    private String promptMarkdown;

    /** JSON array of Markdown strings. */
    private String hints;

    /** Kind-specific JSON written by {@link ContentMapper} (model answer, options, snippet...). Never shown raw. */
    private String details;

    @Column(name = "screen_only")
    private boolean screenOnly;

    /** The question file exactly as imported (an export writes these bytes back). */
    @Column(name = "source_text")
    private String sourceText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_version_topics", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "topic")
    private Set<String> topics = new TreeSet<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected QuestionVersion() {
    }


    public Long getId() { return id; }
    public Question getQuestion() { return question; }
    public int getVersion() { return version; }
    public String getContentHash() { return contentHash; }
    public String getSourcePath() { return sourcePath; }
    public String getTitle() { return title; }
    public QuestionKind getKind() { return kind; }
    public Level getLevel() { return level; }
    public String getPromptMarkdown() { return promptMarkdown; }
    public String getHints() { return hints; }
    public String getDetails() { return details; }
    public Set<String> getTopics() { return topics; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isScreenOnly() { return screenOnly; }
    public String getSourceText() { return sourceText; }
}
