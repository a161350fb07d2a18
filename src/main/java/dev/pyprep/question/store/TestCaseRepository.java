package dev.pyprep.question.store;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TestCaseRepository extends ListCrudRepository<TestCase, Long> {
    List<TestCase> findByVersionIdOrderByOrdinal(Long versionId);
}
