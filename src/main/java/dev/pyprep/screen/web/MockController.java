package dev.pyprep.screen.web;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.question.Level;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.MockInterviews;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in candidate's mock interviews: choose and start one, take it through its link, read the results. */
@Controller
@RequestMapping("/mock")
class MockController {

    private final MockInterviews mocks;
    private final Questions questions;

    MockController(MockInterviews mocks, Questions questions) {
        this.mocks = mocks;
        this.questions = questions;
    }

    @GetMapping
    String choose(@AuthenticationPrincipal CurrentAccount me, Model model) {
        model.addAttribute("topics", questions.topics());
        model.addAttribute("levels", Level.values());
        model.addAttribute("mockHistory", mocks.history(me.id()));
        return "screen/mock";
    }

    @PostMapping
    String start(@AuthenticationPrincipal CurrentAccount me, @RequestParam(required = false) List<String> topics,
                 @RequestParam(required = false) String level, @RequestParam(defaultValue = "3") int questions,
                 @RequestParam(defaultValue = "45") int minutes) {
        Level chosen = level == null || level.isBlank() ? null : Level.valueOf(level.toUpperCase(java.util.Locale.ROOT));
        String token = mocks.start(me.id(), me.email(), new MockInterviews.Request(topics, chosen, questions, minutes));
        return "redirect:/s/" + token + "/q/1";
    }

    @GetMapping("/{id}")
    String result(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, Model model) {
        var result = mocks.result(me.id(), id);
        if (result.isEmpty()) {
            model.addAttribute("mockId", id);
            return "screen/mock-running";
        }
        model.addAttribute("result", result.get());
        return "screen/mock-result";
    }

    @PostMapping("/{id}/answers/{answerId}/mark")
    String selfMark(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @PathVariable long answerId,
                    @RequestParam BigDecimal points) {
        mocks.selfMark(me.id(), id, answerId, points);
        return "redirect:/mock/" + id;
    }

    @PostMapping("/{id}/resume")
    String resume(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id) {
        return mocks.resume(me.id(), id).map(token -> "redirect:/s/" + token + "/q/1").orElse("redirect:/mock/" + id);
    }
}
