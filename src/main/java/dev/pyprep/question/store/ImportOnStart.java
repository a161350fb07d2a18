package dev.pyprep.question.store;

import dev.pyprep.question.QuestionBankSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(1)
class ImportOnStart implements ApplicationRunner {

    private final QuestionImporter importer;
    private final QuestionBankSettings settings;

    ImportOnStart(QuestionImporter importer, QuestionBankSettings settings) {
        this.importer = importer;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.importOnStart()) {
            importer.importFolder();
        }
    }
}
