package dev.pyprep.grading.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.pyprep.grading.TestRecord;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.TestVisibility;
import org.hibernate.annotations.Immutable;

/** The outcome of one test of one submission. Hidden tests' details stay here; the API shows only the verdict. */
@Entity
@Immutable
@Table(name = "test_results")
public class TestResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "submission_id")
    private long submissionId;
    @Column(name = "test_case_id")
    private Long testCaseId;
    private int ordinal;
    @Enumerated(EnumType.STRING)
    private TestVisibility visibility;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    @Column(name = "time_ms")
    private int timeMs;
    private String actual;
    private String stdout;
    private String stderr;
    @Column(name = "error_type")
    private String errorType;
    @Column(name = "error_message")
    private String errorMessage;
    @Column(name = "error_line")
    private Integer errorLine;

    protected TestResult() {
    }

    public TestRecord record() {
        return new TestRecord(ordinal, testCaseId, visibility, verdict, timeMs, actual, stdout, stderr, errorType,
                errorMessage, errorLine);
    }

    public Long getTestCaseId() { return testCaseId; }
    public int getOrdinal() { return ordinal; }
    public TestVisibility getVisibility() { return visibility; }
    public Verdict getVerdict() { return verdict; }
    public int getTimeMs() { return timeMs; }
    public String getActual() { return actual; }
    public String getStdout() { return stdout; }
    public String getStderr() { return stderr; }
    public String getErrorType() { return errorType; }
    public String getErrorMessage() { return errorMessage; }
    public Integer getErrorLine() { return errorLine; }
}
