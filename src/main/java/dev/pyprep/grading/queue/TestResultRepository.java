package dev.pyprep.grading.queue;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TestResultRepository extends ListCrudRepository<TestResult, Long> {
    List<TestResult> findBySubmissionIdOrderByOrdinal(long submissionId);
}
