package dev.pyprep.question.store;

import org.springframework.data.repository.ListCrudRepository;

public interface CodingSpecRepository extends ListCrudRepository<CodingSpec, Long> {
}
