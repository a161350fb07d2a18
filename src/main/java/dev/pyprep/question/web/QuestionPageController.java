package dev.pyprep.question.web;

import dev.pyprep.question.QuestionView;
import dev.pyprep.question.QuestionViews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class QuestionPageController {

    private final QuestionViews views;

    QuestionPageController(QuestionViews views) {
        this.views = views;
    }

    @GetMapping("/questions/{slug}")
    String show(@PathVariable String slug, Model model) {
        QuestionView question = views.current(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No question called " + slug));
        model.addAttribute("q", question);
        return "question/show";
    }
}
