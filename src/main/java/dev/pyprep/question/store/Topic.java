package dev.pyprep.question.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "topics")
public class Topic {
    @Id
    private String slug;
    private String name;

    protected Topic() {
    }



    public String getSlug() { return slug; }
    public String getName() { return name; }
}
