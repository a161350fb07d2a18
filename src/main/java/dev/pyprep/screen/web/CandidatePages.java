package dev.pyprep.screen.web;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionView;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.CandidateScreens;
import dev.pyprep.screen.domain.Answer;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.DeadlinePassedException;
import dev.pyprep.screen.domain.InviteStatus;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenKind;
import dev.pyprep.screen.domain.ScreenQuestion;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The invite link's pages: the landing (instructions, duration, Start; or the state once taken), one question at a
 * time with the countdown, and the final submit. Works without an account; the link is the credential.
 */
@Controller
@RequestMapping("/s/{token}")
class CandidatePages {

    static final String SESSION_PREFIX = "pyprep.screen.attempt.";

    private final CandidateScreens screens;
    private final Questions questions;
    private final Markdown markdown;
    private final Clock clock;

    CandidatePages(CandidateScreens screens, Questions questions, Markdown markdown, Clock clock) {
        this.screens = screens;
        this.questions = questions;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** A question in the candidate's order, for the navigation list. */
    record NavItem(int number, long id, String title, boolean answered) {
    }

    @GetMapping
    String landing(@PathVariable String token, Model model) {
        var entry = screens.open(token);
        Screen screen = entry.screen();
        model.addAttribute("token", token);
        model.addAttribute("screen", screen);
        model.addAttribute("invite", entry.invite());
        model.addAttribute("attempt", entry.attempt().orElse(null));
        model.addAttribute("instructionsHtml", markdown.toHtml(screen.getInstructionsMd()));
        model.addAttribute("minutes", screen.getTimeLimitMinutes() + entry.invite().getExtraMinutes());
        model.addAttribute("questionCount", screen.getQuestions().size());
        String state;
        if (entry.invite().getStatus() == InviteStatus.REVOKED) {
            state = "revoked";
        } else if (entry.taking(clock)) {
            state = "taking";
        } else if (entry.attempt().isPresent()) {
            state = "submitted";
        } else if (entry.invite().getStatus() == InviteStatus.EXPIRED || entry.invite().getStatus() == InviteStatus.REVOKED) {
            state = entry.invite().getStatus().name().toLowerCase();
        } else {
            state = "ready";
        }
        model.addAttribute("state", state);
        model.addAttribute("mock", screen.getKind() == ScreenKind.MOCK);
        return "screen/landing";
    }

    @PostMapping("/start")
    String start(@PathVariable String token, @AuthenticationPrincipal CurrentAccount me, HttpSession session) {
        long attemptId = screens.start(token, me == null ? null : me.id());
        session.setAttribute(SESSION_PREFIX + attemptId, token.substring(0, 8));
        return "redirect:/s/" + token + "/q/1";
    }

    @GetMapping("/q/{n}")
    String question(@PathVariable String token, @PathVariable int n, Model model, HttpSession session) {
        var entry = screens.open(token);
        if (!entry.taking(clock)) {
            return "redirect:/s/" + token;
        }
        Attempt attempt = entry.attempt().orElseThrow();
        session.setAttribute(SESSION_PREFIX + attempt.getId(), token.substring(0, 8));
        Screen screen = entry.screen();
        List<Long> order = attempt.order();
        if (n < 1 || n > order.size()) {
            return "redirect:/s/" + token + "/q/1";
        }
        List<NavItem> nav = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            ScreenQuestion q = screen.question(order.get(i));
            boolean answered = screens.answer(attempt.getId(), q.getId()).map(a -> a.getAnswer() != null && !a.getAnswer().isBlank()).orElse(false);
            nav.add(new NavItem(i + 1, q.getId(), questions.view(q.getVersionId()).map(QuestionView::title).orElse(q.getSlug()), answered));
        }
        ScreenQuestion current = screen.question(order.get(n - 1));
        QuestionView view = questions.view(current.getVersionId()).orElseThrow();
        Answer saved = screens.answer(attempt.getId(), current.getId()).orElse(null);
        model.addAttribute("token", token);
        model.addAttribute("screen", screen);
        model.addAttribute("attempt", attempt);
        model.addAttribute("remaining", attempt.remainingSeconds(clock));
        model.addAttribute("nav", nav);
        model.addAttribute("n", n);
        model.addAttribute("sq", current);
        model.addAttribute("q", view);
        model.addAttribute("hints", screen.isHintsAllowed() ? view.hintsHtml() : List.of());
        model.addAttribute("saved", saved == null ? null : saved.getAnswer());
        model.addAttribute("code", saved != null && saved.getAnswer() != null ? saved.getAnswer()
                : view.coding() == null ? null : view.coding().starterCode());
        return "screen/take";
    }

    @PostMapping("/finish")
    String finish(@PathVariable String token) {
        screens.finish(token);
        Screen screen = screens.open(token).screen();
        return screen.getKind() == ScreenKind.MOCK ? "redirect:/mock/" + screen.getId() : "redirect:/s/" + token;
    }

    /** After the deadline a page form (the final submit) is answered 409 with the state page and the reason. */
    @ExceptionHandler(DeadlinePassedException.class)
    String late(DeadlinePassedException e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("back", request.getRequestURI().replaceFirst("/(finish|start|q/\\d+)$", ""));
        model.addAttribute("message", e.getMessage());
        return "screen/late";
    }
}
