package dev.pyprep.question;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TopicRepository extends ListCrudRepository<Topic, String> {
    List<Topic> findAllByOrderByName();
}
