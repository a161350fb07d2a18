package dev.pyprep.question;

import java.nio.file.Path;
import java.util.Optional;

/** The question folder and its import into the bank. */
public interface QuestionBank {

    /** The configured question folder. */
    Path folder();

    /** Imports the configured folder: new files are added, changed ones become new versions, malformed ones reported. */
    ImportReport importFolder();

    /** The report of the last import in this process, if there was one. */
    Optional<ImportReport> lastReport();
}
