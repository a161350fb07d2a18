package dev.pyprep.question;

import java.util.List;
import java.util.Map;

/**
 * The bank as question files, both ways: an export in the {@code questions/} format (importing it again changes
 * nothing), and an upload's preview and import.
 */
public interface BankFiles {

    /** Relative path -> text of every current question (retired ones too) plus topics.yaml; or of one question. */
    Map<String, String> export(String slugOrNull);

    /** What importing these files would do, file by file; nothing is stored. */
    UploadPreview preview(Map<String, byte[]> files);

    /** Imports the files if the preview has no rejected file; otherwise stores nothing and throws {@code UserError}. */
    ImportReport apply(Map<String, byte[]> files);

    enum Change { NEW, CHANGED, UNCHANGED, REJECTED }

    record UploadPreview(List<File> files, String topicsProblem) {
        public UploadPreview {
            files = List.copyOf(files);
        }

        public record File(String path, String slug, Change change, String problem) {
        }

        public long count(Change change) {
            return files.stream().filter(f -> f.change() == change).count();
        }

        public boolean applicable() {
            return topicsProblem == null && count(Change.REJECTED) == 0 && !files.isEmpty();
        }
    }
}
