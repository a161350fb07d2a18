package dev.pyprep.question.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A plausible wrong answer shipped with a challenge; bank validation proves the tests reject it. */
@Entity
@Immutable
@Table(name = "wrong_solutions")
public class WrongSolution {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_id")
    private Long versionId;
    private int ordinal;
    private String label;
    private String code;

    protected WrongSolution() {
    }


    public String getLabel() { return label; }
    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
}
