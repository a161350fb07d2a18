package dev.pyprep.question;

import org.springframework.data.repository.ListCrudRepository;

public interface CodingSpecRepository extends ListCrudRepository<CodingSpec, Long> {
}
