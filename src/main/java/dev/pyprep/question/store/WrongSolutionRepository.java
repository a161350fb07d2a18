package dev.pyprep.question.store;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface WrongSolutionRepository extends ListCrudRepository<WrongSolution, Long> {
    List<WrongSolution> findByVersionIdOrderByOrdinal(Long versionId);
}
