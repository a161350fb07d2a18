package dev.pyprep.question.store;

import dev.pyprep.question.QuestionKind;
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

/** A question's identity (its slug). Its content lives in immutable {@link QuestionVersion}s. Written by {@link QuestionWriter}. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "questions")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private QuestionVersion currentVersion;

    protected Question() {
    }


    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public QuestionKind getKind() { return kind; }
    public QuestionVersion getCurrentVersion() { return currentVersion; }
}
