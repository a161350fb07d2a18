package dev.pyprep.question;

import org.springframework.data.repository.ListCrudRepository;

public interface WrongSolutionRepository extends ListCrudRepository<WrongSolution, Long> {
}
