package dev.pyprep.question.web;

import dev.pyprep.question.QuestionView;
import dev.pyprep.question.Questions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class QuestionPageController {

    private final Questions questions;

    QuestionPageController(Questions questions) {
        this.questions = questions;
    }

    /** A practice question's page. Screen-only questions are not practice questions: 404, as for no question at all. */
    @GetMapping("/questions/{slug}")
    String show(@PathVariable String slug, Model model) {
        QuestionView question = questions.practiceView(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No question called " + slug));
        model.addAttribute("q", question);
        return "question/show";
    }
}
