package dev.pyprep.question.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import org.hibernate.annotations.Immutable;

/** The runnable part of a coding question version. The reference solution never leaves the server. */
@Entity
@Immutable
@Table(name = "coding_specs")
public class CodingSpec {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Enumerated(EnumType.STRING)
    private CodingMode mode;

    @Column(name = "entry_point")
    private String entryPoint;

    @Column(name = "starter_code")
    private String starterCode;

    @Column(name = "reference_solution")
    private String referenceSolution;

    private String driver;

    @Enumerated(EnumType.STRING)
    private Comparator comparator;

    private double tolerance;

    @Column(name = "time_limit_ms")
    private int timeLimitMs;

    @Column(name = "memory_mb")
    private int memoryMb;

    /** Markdown: the approach, its complexity, common mistakes. Shown after an ACCEPTED or "show solution". */
    private String editorial;

    protected CodingSpec() {
    }


    public Long getVersionId() { return versionId; }
    public CodingMode getMode() { return mode; }
    public String getEntryPoint() { return entryPoint; }
    public String getStarterCode() { return starterCode; }
    public String getReferenceSolution() { return referenceSolution; }
    public String getDriver() { return driver; }
    public Comparator getComparator() { return comparator; }
    public double getTolerance() { return tolerance; }
    public int getTimeLimitMs() { return timeLimitMs; }
    public int getMemoryMb() { return memoryMb; }
    public String getEditorial() { return editorial; }
}
