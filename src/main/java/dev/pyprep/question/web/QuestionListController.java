package dev.pyprep.question.web;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.Questions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class QuestionListController {

    private final QuestionSearch search;
    private final Questions questions;

    QuestionListController(QuestionSearch search, Questions questions) {
        this.search = search;
        this.questions = questions;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/questions";
    }

    @GetMapping("/questions")
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String level,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        QuestionFilter filter = QuestionFilter.of(topic, level, kind, q, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.find(filter));
        model.addAttribute("topics", questions.topics());
        model.addAttribute("levels", Level.values());
        model.addAttribute("kinds", QuestionKind.values());
        return "question/list";
    }
}
