package dev.pyprep.practice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pyprep.question.Questions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress page's own sections (totals, review schedule, activity, mastery, not tried), kept rendered per candidate
 * and language while they stay true. Building them reads every attempt of the candidate and renders a few hundred
 * elements; checking whether the kept copy still holds is one indexed query. A kept copy is used only while:
 * <ul>
 *   <li>the candidate's attempts and review schedule are unchanged: their count, highest id and summed revisions
 *       (a trigger bumps a row's revision on every update, so a change made by a grader process counts too);</li>
 *   <li>the bank is unchanged ({@link Questions#catalogVersion()});</li>
 *   <li>the UTC day is the same and no scheduled review has come due since it was built (the injected clock).</li>
 * </ul>
 * The state is read before the sections are built, so a change racing with a build makes the next request build again.
 */
@Component
class ProgressSections {

    private record Key(long accountId, Locale locale) {
    }

    private record Kept(String state, long catalogVersion, Instant validUntil, String html) {
    }

    private final JdbcClient jdbc;
    private final Questions questions;
    private final Progress progress;
    private final ReviewCalendar calendar;
    private final Activity activity;
    private final Clock clock;
    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(32_000_000).weigher((Key k, Kept v) -> v.html().length()).build();

    ProgressSections(JdbcClient jdbc, Questions questions, Progress progress, ReviewCalendar calendar, Activity activity,
                     Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.progress = progress;
        this.calendar = calendar;
        this.activity = activity;
        this.clock = clock;
    }

    String of(long accountId, Locale locale, Function<Map<String, Object>, String> render) {
        Instant now = clock.instant();
        String state = state(accountId);
        long catalogVersion = questions.catalogVersion();
        Key key = new Key(accountId, locale);
        Kept k = kept.getIfPresent(key);
        if (k != null && k.state().equals(state) && k.catalogVersion() == catalogVersion && now.isBefore(k.validUntil())) {
            return k.html();
        }
        ReviewCalendar.Board review = calendar.of(accountId);
        String html = render.apply(Map.of("progress", progress.of(accountId), "review", review, "activity", activity.of(accountId)));
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant validUntil = review.nextDue() != null && review.nextDue().isBefore(midnight) ? review.nextDue() : midnight;
        kept.put(key, new Kept(state, catalogVersion, validUntil, html));
        return html;
    }

    private String state(long accountId) {
        return jdbc.sql("""
                        select (select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(revision), 0)
                                from answer_attempts where account_id = :me)
                            || '/' ||
                            (select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(revision), 0)
                                from review_schedule where account_id = :me)""")
                .param("me", accountId).query(String.class).single();
    }
}
