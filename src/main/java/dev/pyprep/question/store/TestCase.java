package dev.pyprep.question.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.pyprep.question.TestVisibility;
import org.hibernate.annotations.Immutable;

/** One test of a coding question version. {@code expected} stays on the server: the sandbox never receives it. */
@Entity
@Immutable
@Table(name = "test_cases")
public class TestCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private Long versionId;

    private int ordinal;
    private String name;

    @Enumerated(EnumType.STRING)
    private TestVisibility visibility;

    private int weight;

    /** JSON object: one of args, args_expr, ops, ops_expr, stdin. */
    private String input;

    /** JSON value. */
    private String expected;

    protected TestCase() {
    }


    public boolean isSample() {
        return visibility == TestVisibility.SAMPLE;
    }

    public Long getId() { return id; }
    public Long getVersionId() { return versionId; }
    public int getOrdinal() { return ordinal; }
    public String getName() { return name; }
    public TestVisibility getVisibility() { return visibility; }
    public int getWeight() { return weight; }
    public String getInput() { return input; }
    public String getExpected() { return expected; }
}
