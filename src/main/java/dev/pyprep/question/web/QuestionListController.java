package dev.pyprep.question.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.Questions;
import dev.pyprep.system.PageFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The question list. Its body depends only on the filter, the language and the bank, and is the same for every
 * candidate, so each rendered body is kept until the bank changes ({@link Questions#catalogVersion()}): under load a
 * request then costs about what the layout around it does.
 */
@Controller
class QuestionListController {

    private record Key(QuestionFilter filter, Locale locale) {
    }

    private record Body(long catalogVersion, String html) {
    }

    private final QuestionSearch search;
    private final Questions questions;
    private final PageFragments fragments;
    private final Cache<Key, Body> bodies = Caffeine.newBuilder()
            .maximumWeight(8_000_000).weigher((Key k, Body b) -> b.html().length()).build();

    QuestionListController(QuestionSearch search, Questions questions, PageFragments fragments) {
        this.search = search;
        this.questions = questions;
        this.fragments = fragments;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/questions";
    }

    @GetMapping("/questions")
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String level,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Locale locale, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        QuestionFilter filter = QuestionFilter.of(topic, level, kind, q, page);
        Key key = new Key(filter, locale);
        long version = questions.catalogVersion(); // read before the search: a change in between re-renders next time
        Body body = bodies.getIfPresent(key);
        if (body == null || body.catalogVersion() != version) {
            body = new Body(version, fragments.render("question/list-body", Map.of(
                    "filter", filter,
                    "result", search.find(filter),
                    "topics", questions.topics(),
                    "levels", Level.values(),
                    "kinds", QuestionKind.values()), locale, request, response));
            bodies.put(key, body);
        }
        model.addAttribute("body", body.html());
        return "question/list";
    }
}
