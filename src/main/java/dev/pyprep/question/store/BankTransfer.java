package dev.pyprep.question.store;

import dev.pyprep.question.BankFiles;
import dev.pyprep.question.ImportReport;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.folder.QuestionDefinition;
import dev.pyprep.question.folder.QuestionFileException;
import dev.pyprep.question.folder.QuestionFolder;
import dev.pyprep.system.UserError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export and upload of question files. An export writes back each current version's text exactly as it was imported
 * or published, at its path inside the bank folder, so importing it again finds every file unchanged. An upload is
 * read by the same {@link QuestionFolder} as the folder on disk; without a topics.yaml of its own it uses the bank's.
 */
@Service
class BankTransfer implements BankFiles {

    static final String UPLOAD = "upload";

    private final JdbcClient jdbc;
    private final QuestionImporter importer;
    private final QuestionStore store;
    private final JsonMapper json;

    BankTransfer(JdbcClient jdbc, QuestionImporter importer, QuestionStore store, JsonMapper json) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.store = store;
        this.json = json;
    }

    @Override
    public Map<String, String> export(String slugOrNull) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("""
                        select q.slug, v.source_path, v.source_text from questions q
                        join question_versions v on v.id = q.current_version_id
                        where v.source_text is not null and (cast(:slug as varchar) is null or q.slug = :slug)""")
                .param("slug", slugOrNull)
                .query((rs, i) -> files.put(relative(rs.getString("source_path"), rs.getString("slug")), rs.getString("source_text")))
                .list();
        if (slugOrNull == null) {
            files.put(QuestionFolder.TOPICS, topicsYaml());
        }
        return files;
    }

    /** A stored path without the bank folder's own name: {@code questions/core/x.yaml} -> {@code core/x.yaml}. */
    static String relative(String sourcePath, String slug) {
        int slash = sourcePath.indexOf('/');
        String rest = slash < 0 ? sourcePath : sourcePath.substring(slash + 1);
        return QuestionFolder.slug(rest).equals(slug) && !rest.isBlank() ? rest : slug + ".yaml";
    }

    private String topicsYaml() {
        StringBuilder yaml = new StringBuilder("# Topic tags. A question's `topics:` must use these slugs.\n");
        jdbc.sql("select slug, name from topics order by slug").query((rs, i) -> yaml.append(rs.getString(1)).append(": ")
                .append(json.writeValueAsString(rs.getString(2))).append('\n')).list();
        return yaml.toString();
    }

    @Override
    public UploadPreview preview(Map<String, byte[]> files) {
        QuestionFolder folder = folder(files);
        Map<String, String> currentHashes = new HashMap<>();
        Map<String, QuestionKind> kinds = new HashMap<>();
        jdbc.sql("select q.slug, q.kind, v.content_hash from questions q join question_versions v on v.id = q.current_version_id")
                .query((rs, i) -> {
                    currentHashes.put(rs.getString(1), rs.getString(3));
                    return kinds.put(rs.getString(1), QuestionKind.valueOf(rs.getString(2)));
                }).list();
        Map<String, java.util.Set<String>> older = store.olderHashes();
        List<UploadPreview.File> result = new ArrayList<>();
        for (QuestionFolder.File file : folder.files()) {
            String path = file.path().substring(UPLOAD.length() + 1);
            if (file.clash() == null && file.contentHash().equals(currentHashes.get(file.slug()))) {
                result.add(new UploadPreview.File(path, file.slug(), Change.UNCHANGED, null));
                continue;
            }
            if (file.clash() == null && older.getOrDefault(file.slug(), java.util.Set.of()).contains(file.contentHash())) {
                result.add(new UploadPreview.File(path, file.slug(), Change.UNCHANGED,
                        "an earlier version: the bank has a newer one, which stays"));
                continue;
            }
            try {
                QuestionDefinition def = folder.parse(file);
                QuestionKind kind = kinds.get(def.slug());
                if (kind != null && kind != def.kind()) {
                    result.add(new UploadPreview.File(path, file.slug(), Change.REJECTED, "kind changed from " + kind.slug()
                            + " to " + def.kind().slug() + "; a question keeps its kind (use a new file name for a new question)"));
                } else {
                    result.add(new UploadPreview.File(path, file.slug(), kind == null ? Change.NEW : Change.CHANGED, null));
                }
            } catch (QuestionFileException e) {
                result.add(new UploadPreview.File(path, file.slug(), Change.REJECTED, e.describe()));
            }
        }
        return new UploadPreview(result, folder.topicsProblem());
    }

    @Override
    public ImportReport apply(Map<String, byte[]> files) {
        UploadPreview preview = preview(files);
        if (!preview.applicable()) {
            throw new UserError(preview.files().isEmpty() ? "The upload holds no question files."
                    : "Nothing was imported: " + (preview.topicsProblem() != null ? preview.topicsProblem()
                    : preview.count(Change.REJECTED) + " file(s) are rejected; fix them and upload again."));
        }
        return importer.importFolder(folder(files));
    }

    private QuestionFolder folder(Map<String, byte[]> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>(files);
        if (!entries.containsKey(QuestionFolder.TOPICS)) {
            entries.put(QuestionFolder.TOPICS, topicsYaml().getBytes(StandardCharsets.UTF_8));
        }
        return QuestionFolder.of(UPLOAD, entries);
    }
}
