package dev.pyprep.question.store;

import dev.pyprep.question.ImportReport;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/** Lets tests of other modules import a folder of their own into the bank, as an admin's re-import would. */
public final class TestImports {

    private TestImports() {
    }

    public static ImportReport importFolder(ApplicationContext context, Path folder) {
        return context.getBean(QuestionImporter.class).importFolder(folder);
    }
}
