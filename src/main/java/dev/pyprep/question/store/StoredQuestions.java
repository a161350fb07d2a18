package dev.pyprep.question.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.QuestionView;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TopicName;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@link Questions} from the database. Versions are immutable, so what is built from one (its view with rendered
 * Markdown, its coding task, its answer key) is cached by version id and never goes stale.
 */
@Service
class StoredQuestions implements Questions {

    private final QuestionVersionRepository versions;
    private final QuestionCatalog catalog;
    private final QuestionViews views;
    private final Cache<Long, Optional<QuestionView>> viewCache = Caffeine.newBuilder().maximumSize(5_000).build();
    private final Cache<Long, Optional<CodingTask>> taskCache = Caffeine.newBuilder().maximumSize(2_000).build();
    private final Cache<Long, Optional<QuestionContent>> keyCache = Caffeine.newBuilder().maximumSize(5_000).build();

    StoredQuestions(QuestionVersionRepository versions, QuestionCatalog catalog, QuestionViews views) {
        this.versions = versions;
        this.catalog = catalog;
        this.views = views;
    }

    @Override
    public Optional<QuestionView> practiceView(String slug) {
        QuestionSummary summary = catalog.get().bySlug().get(slug);
        if (summary == null || summary.screenOnly()) {
            return Optional.empty();
        }
        return view(summary.versionId());
    }

    @Override
    public Optional<QuestionView> view(long versionId) {
        return viewCache.get(versionId, views::view);
    }

    @Override
    public Optional<QuestionRef> ref(long versionId) {
        return versions.findWithQuestion(versionId).map(this::ref);
    }

    @Override
    public Optional<QuestionRef> current(String slug) {
        QuestionSummary summary = catalog.get().bySlug().get(slug);
        return summary == null ? Optional.empty() : ref(summary.versionId());
    }

    private QuestionRef ref(QuestionVersion v) {
        QuestionSummary current = catalog.get().byQuestion().get(v.getQuestion().getId());
        boolean isCurrent = current != null && current.versionId() == v.getId();
        return new QuestionRef(v.getId(), v.getQuestion().getId(), v.getQuestion().getSlug(), v.getVersion(), v.getKind(),
                v.getLevel(), v.getTitle(), isCurrent, isCurrent && !v.isScreenOnly());
    }

    @Override
    public Optional<CodingTask> codingTask(long versionId) {
        return taskCache.get(versionId, views::codingTask);
    }

    @Override
    public Optional<QuestionContent> answerKey(long versionId) {
        return keyCache.get(versionId, views::answerKey);
    }

    @Override
    public long catalogVersion() {
        return catalog.get().version();
    }

    @Override
    public List<QuestionSummary> catalog() {
        return catalog.get().all();
    }

    @Override
    public List<TopicName> topics() {
        return catalog.get().topics();
    }
}
