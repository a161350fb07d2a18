package dev.pyprep.screen.web;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.Results;
import dev.pyprep.screen.app.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A recruiter's invites and results: resend, revoke, extra time, a candidate's report, concept marking, CSV. */
@Controller
@RequestMapping("/recruiter")
class InviteController {

    private final Invitations invitations;
    private final Results results;

    InviteController(Invitations invitations, Results results) {
        this.invitations = invitations;
        this.results = results;
    }

    @PostMapping("/invites/{id}/resend")
    String resend(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        var issued = invitations.resend(Viewer.of(me), id, Links.base());
        redirect.addFlashAttribute("issued", List.of(issued));
        return "redirect:/recruiter/invites/" + id;
    }

    @PostMapping("/invites/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id) {
        return "redirect:/recruiter/screens/" + invitations.revoke(Viewer.of(me), id);
    }

    @PostMapping("/invites/{id}/time")
    String addTime(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @RequestParam int minutes,
                   RedirectAttributes redirect) {
        invitations.addTime(Viewer.of(me), id, minutes);
        redirect.addFlashAttribute("notice", "extended");
        return "redirect:/recruiter/invites/" + id;
    }

    @GetMapping("/invites/{id}")
    String report(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, Model model) {
        model.addAttribute("report", results.report(Viewer.of(me), id));
        return "recruiter/report";
    }

    @PostMapping("/invites/{id}/answers/{answerId}/score")
    String score(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @PathVariable long answerId,
                 @RequestParam BigDecimal points) {
        results.scoreConcept(Viewer.of(me), id, answerId, points);
        return "redirect:/recruiter/invites/" + id;
    }

    @GetMapping("/screens/{id}/results.csv")
    void csv(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"screen-" + id + "-results.csv\"");
        results.csv(Viewer.of(me), id, response.getWriter());
    }
}
