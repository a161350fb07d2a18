package dev.pyprep.question;

/** The bank changed (an import added or changed questions): caches of it are stale. */
public record QuestionBankChanged(int added, int newVersions) {
}
