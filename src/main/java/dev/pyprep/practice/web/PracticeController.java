package dev.pyprep.practice.web;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.practice.PracticePages;
import dev.pyprep.practice.SelfRating;
import dev.pyprep.screen.MockInterviews;
import dev.pyprep.system.PageFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PracticeController {

    private final PracticePages pages;
    private final ObjectProvider<MockInterviews> mocks; // absent when practice runs alone (module tests)
    private final PageFragments fragments;

    PracticeController(PracticePages pages, ObjectProvider<MockInterviews> mocks, PageFragments fragments) {
        this.pages = pages;
        this.mocks = mocks;
        this.fragments = fragments;
    }

    @PostMapping("/questions/{slug}/answer")
    String answer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, @RequestParam long versionId,
                  @RequestParam(required = false) String answer) {
        long attempt = pages.answer(me.id(), versionId, answer);
        return "redirect:/questions/" + slug + "/attempts/" + attempt;
    }

    @GetMapping("/questions/{slug}/attempts/{id}")
    String attempt(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, @PathVariable long id, Model model) {
        pages.attempt(me.id(), id, model);
        return "practice/attempt";
    }

    @PostMapping("/questions/{slug}/attempts/{id}/rating")
    String rate(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, @PathVariable long id,
                @RequestParam SelfRating rating) {
        pages.rate(me.id(), id, rating);
        return "redirect:/questions/" + slug + "/attempts/" + id;
    }

    /**
     * The solution panel of a challenge's page ({@code panel}: the fragment the page's script loads, live after an
     * accepted submission and on every load), or the same as a page of its own for browsers without scripts.
     */
    @GetMapping("/questions/{slug}/solution")
    String solution(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug,
                    @RequestParam(defaultValue = "false") boolean panel, Model model) {
        pages.solution(me.id(), slug, model);
        return panel ? "practice/solution :: panel" : "practice/solution";
    }

    @PostMapping("/questions/{slug}/solution")
    String reveal(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug) {
        pages.reveal(me.id(), slug);
        return "redirect:/questions/" + slug + "/solution";
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal CurrentAccount me, Locale locale, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        model.addAttribute("sections", pages.progressSections(me.id(), locale,
                variables -> fragments.render("practice/progress-sections", variables, locale, request, response)));
        mocks.ifAvailable(m -> model.addAttribute("mockHistory", m.history(me.id())));
        return "practice/progress";
    }
}
