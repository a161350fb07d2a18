package dev.pyprep.question.store;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionBankChanged;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.TopicName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every question's current version, held in memory: it changes only when the bank does. Retired questions are
 * kept apart: practice, search and new screens never see them. Reloaded on
 * {@link QuestionBankChanged} in this process, and every half minute for changes made by other servers. Its version
 * changes only when what it holds does.
 */
@Component
class QuestionCatalog {

    /**
     * {@code all}, {@code bySlug} and {@code byQuestion} hold the questions offered to people (not retired);
     * {@code retired} the retired ones, which only administrators see.
     */
    record Snapshot(List<QuestionSummary> all, Map<String, QuestionSummary> bySlug, Map<Long, QuestionSummary> byQuestion,
                    List<TopicName> topics, List<QuestionSummary> retired, long version) {

        boolean sameQuestions(Snapshot other) {
            return other != null && all.equals(other.all) && topics.equals(other.topics) && retired.equals(other.retired);
        }
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    QuestionCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot get() {
        Snapshot s = snapshot.get();
        return s != null ? s : reload();
    }

    @EventListener(QuestionBankChanged.class)
    void bankChanged() {
        reload();
    }

    @Scheduled(fixedDelayString = "${pyprep.questions.catalog-refresh:30s}", initialDelayString = "${pyprep.questions.catalog-refresh:30s}")
    void refresh() {
        reload();
    }

    synchronized Snapshot reload() {
        List<QuestionSummary> offered = new ArrayList<>();
        List<QuestionSummary> retired = new ArrayList<>();
        jdbc.sql("""
                        select q.id, v.id as version_id, v.version, q.slug, v.title, v.kind, v.level, v.screen_only, v.source_path,
                               q.retired_at is not null as retired,
                               (select string_agg(t.topic, ',' order by t.topic) from question_version_topics t
                                where t.version_id = v.id) as topics
                        from questions q join question_versions v on v.id = q.current_version_id
                        order by case v.level when 'ENTRY' then 0 when 'MID' then 1 else 2 end, v.title, q.slug""")
                .query((rs, i) -> {
                    QuestionSummary q = new QuestionSummary(rs.getLong("id"), rs.getLong("version_id"), rs.getInt("version"),
                            rs.getString("slug"), rs.getString("title"), QuestionKind.valueOf(rs.getString("kind")),
                            Level.valueOf(rs.getString("level")),
                            rs.getString("topics") == null ? List.of() : Arrays.asList(rs.getString("topics").split(",")),
                            rs.getBoolean("screen_only"), rs.getString("source_path"));
                    return (rs.getBoolean("retired") ? retired : offered).add(q);
                })
                .list();
        Snapshot old = snapshot.get();
        Snapshot s = new Snapshot(List.copyOf(offered),
                offered.stream().collect(Collectors.toUnmodifiableMap(QuestionSummary::slug, Function.identity())),
                offered.stream().collect(Collectors.toUnmodifiableMap(QuestionSummary::questionId, Function.identity())),
                jdbc.sql("select slug, name from topics order by name").query((rs, i) -> new TopicName(rs.getString(1), rs.getString(2))).list(),
                List.copyOf(retired), old == null ? 1 : old.version() + 1);
        if (s.sameQuestions(old)) {
            return old; // the periodic refresh found nothing new: what was built from the old snapshot stays valid
        }
        snapshot.set(s);
        return s;
    }
}
