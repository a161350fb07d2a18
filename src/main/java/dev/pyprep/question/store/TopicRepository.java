package dev.pyprep.question.store;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TopicRepository extends ListCrudRepository<Topic, String> {
    List<Topic> findAllByOrderByName();
}
