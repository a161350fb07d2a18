package dev.pyprep.question;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir           the folder of question files
 * @param importOnStart import the folder when the server starts
 */
@ConfigurationProperties("pyprep.questions")
public record QuestionBankSettings(@DefaultValue("questions") Path dir, @DefaultValue("true") boolean importOnStart) {
}
