package dev.pyprep.screen.web;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.question.Level;
import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.AttemptCloser;
import dev.pyprep.screen.app.EmailList;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.Results;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenStatus;
import dev.pyprep.system.UserError;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recruiters' screens: list, create, edit while draft (with the bank's filters), publish, duplicate, archive. */
@Controller
@RequestMapping("/recruiter")
class RecruiterController {

    private final ScreenEditor editor;
    private final Invitations invitations;
    private final Results results;
    private final Questions questions;
    private final Markdown markdown;
    private final AttemptCloser closer;

    RecruiterController(ScreenEditor editor, Invitations invitations, Results results, Questions questions, Markdown markdown,
                        AttemptCloser closer) {
        this.closer = closer;
        this.editor = editor;
        this.invitations = invitations;
        this.results = results;
        this.questions = questions;
        this.markdown = markdown;
    }

    @GetMapping
    String home(@AuthenticationPrincipal CurrentAccount me, Model model) {
        model.addAttribute("screens", editor.list(Viewer.of(me)));
        return "recruiter/home";
    }

    @GetMapping("/screens/new")
    String newScreen(Model model) {
        model.addAttribute("form", ScreenForm.blank());
        return "recruiter/new";
    }

    @PostMapping("/screens")
    String create(@AuthenticationPrincipal CurrentAccount me, @ModelAttribute ScreenForm form) {
        return "redirect:/recruiter/screens/" + editor.create(Viewer.of(me), form.settings());
    }

    @GetMapping("/screens/{id}")
    String screen(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @ModelAttribute QuestionPicker picker,
                  Model model) {
        Viewer viewer = Viewer.of(me);
        Screen screen = editor.get(viewer, id);
        Map<Long, QuestionSummary> byVersion = questions.catalog().stream()
                .collect(Collectors.toMap(QuestionSummary::questionId, Function.identity()));
        model.addAttribute("screen", screen);
        model.addAttribute("instructionsHtml", markdown.toHtml(screen.getInstructionsMd()));
        model.addAttribute("bank", byVersion);
        model.addAttribute("titles", screen.getQuestions().stream().collect(Collectors.toMap(q -> q.getId(),
                q -> questions.ref(q.getVersionId()).map(r -> r.title() + " (v" + r.version() + ", " + r.kind().slug() + ")")
                        .orElse(q.getSlug()))));
        if (screen.getStatus() == ScreenStatus.DRAFT) {
            model.addAttribute("form", ScreenForm.of(screen.settings()));
            model.addAttribute("picker", picker);
            model.addAttribute("found", picker.apply(questions.catalog()));
            model.addAttribute("topics", questions.topics());
            model.addAttribute("levels", Level.values());
            model.addAttribute("kinds", QuestionKind.values());
        } else {
            closer.closeOverdue(); // results as of now, not as of the closer's last run
            model.addAttribute("rows", results.table(viewer, id));
        }
        return "recruiter/screen";
    }

    @PostMapping("/screens/{id}")
    String edit(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @ModelAttribute ScreenForm form) {
        editor.edit(Viewer.of(me), id, form.settings());
        return "redirect:/recruiter/screens/" + id;
    }

    @PostMapping("/screens/{id}/questions")
    String addQuestion(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @RequestParam long questionId,
                       @RequestParam(defaultValue = "10") int points) {
        editor.addQuestion(Viewer.of(me), id, questionId, points);
        return "redirect:/recruiter/screens/" + id;
    }

    @PostMapping("/screens/{id}/questions/{sq}/points")
    String points(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @PathVariable long sq, @RequestParam int points) {
        editor.setPoints(Viewer.of(me), id, sq, points);
        return "redirect:/recruiter/screens/" + id;
    }

    @PostMapping("/screens/{id}/questions/{sq}/remove")
    String remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @PathVariable long sq) {
        editor.removeQuestion(Viewer.of(me), id, sq);
        return "redirect:/recruiter/screens/" + id;
    }

    @PostMapping("/screens/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id) {
        editor.publish(Viewer.of(me), id);
        return "redirect:/recruiter/screens/" + id;
    }

    @PostMapping("/screens/{id}/archive")
    String archive(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id) {
        editor.archive(Viewer.of(me), id);
        return "redirect:/recruiter/screens/" + id;
    }

    @PostMapping("/screens/{id}/duplicate")
    String duplicate(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id) {
        return "redirect:/recruiter/screens/" + editor.duplicate(Viewer.of(me), id);
    }

    @PostMapping("/screens/{id}/invites")
    String invite(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id,
                  @RequestParam(required = false) String emails, @RequestParam(required = false) MultipartFile csv,
                  @RequestParam(defaultValue = "7") int validDays, RedirectAttributes redirect) throws IOException {
        var list = EmailList.parse(emails, csv == null || csv.isEmpty() ? null : reader(csv));
        redirect.addFlashAttribute("issued", invitations.invite(Viewer.of(me), id, list, validDays, Links.base()));
        return "redirect:/recruiter/screens/" + id;
    }

    private static Reader reader(MultipartFile csv) throws IOException {
        if (csv.getSize() > 1024 * 1024) {
            throw new UserError("The CSV file is larger than 1 MB; nobody was invited.");
        }
        return new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8);
    }
}
