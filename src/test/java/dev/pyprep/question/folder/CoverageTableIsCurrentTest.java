package dev.pyprep.question.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoverageTableIsCurrentTest {

    @Test
    void theCoverageTableInQuestionsReadmeMatchesTheFiles() throws Exception {
        Path dir = Path.of("questions");
        String readme = Files.readString(dir.resolve("README.md"));
        CoverageTable table = CoverageTable.read(dir);
        assertThat(readme).as("run: java -jar target/pyprep.jar coverage questions --write").isEqualTo(table.into(readme));
    }

    @Test
    void everyTopicHasAtLeastThreePracticeItemsAndEveryLevelIsPopulated() throws Exception {
        assertThat(CoverageTable.read(Path.of("questions")).problems(3)).isEmpty();
    }
}
