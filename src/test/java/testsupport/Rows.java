package testsupport;

import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts the few rows a query test needs, straight into the tables (test data only, no application logic). */
@TestConfiguration(proxyBeanMethods = false)
public class Rows {

    private final JdbcClient jdbc;

    Rows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long account() {
        return jdbc.sql("insert into accounts (email, display_name, password_hash, role) values (?, 'T', 'x', 'CANDIDATE') returning id")
                .param("rows-" + UUID.randomUUID() + "@test.local").query(Long.class).single();
    }

    /** A question with one current version; returns {questionId, versionId}. */
    public long[] question(String slug, String kind, String level, String title, String prompt) {
        long question = jdbc.sql("insert into questions (slug, kind) values (?, ?) returning id").params(slug, kind)
                .query(Long.class).single();
        long version = jdbc.sql("""
                        insert into question_versions (question_id, version, content_hash, source_path, title, kind, level, prompt_md)
                        values (?, 1, 'h', ?, ?, ?, ?, ?) returning id""")
                .params(question, "test/" + slug + ".yaml", title, kind, level, prompt).query(Long.class).single();
        jdbc.sql("update questions set current_version_id = ? where id = ?").params(version, question).update();
        return new long[]{question, version};
    }

    public long queuedSubmission(long account, long[] question) {
        return jdbc.sql("""
                        insert into submissions (account_id, question_id, question_version_id, purpose, code, status)
                        values (?, ?, ?, 'SUBMIT', 'pass', 'QUEUED') returning id""")
                .params(account, question[0], question[1]).query(Long.class).single();
    }

    public void attempt(long account, long[] question, Boolean correct, String rating, String at) {
        jdbc.sql("""
                        insert into answer_attempts (account_id, question_id, question_version_id, answer, correct, self_rating, created_at)
                        values (?, ?, ?, 'a', ?, ?, ?::timestamptz)""")
                .params(account, question[0], question[1], correct, rating, at).update();
    }
}
