package dev.pyprep.admin.bank;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.admin.AdminActions;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.system.UserError;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The question list, the YAML editor with its preview, validation, publishing and retirement. */
@Controller
class QuestionPages {

    private final QuestionAuthoring authoring;
    private final ValidationJobs jobs;
    private final DraftPreview preview;
    private final SubmissionService grading;
    private final AdminActions actions;

    QuestionPages(QuestionAuthoring authoring, ValidationJobs jobs, DraftPreview preview, SubmissionService grading,
                  AdminActions actions) {
        this.authoring = authoring;
        this.jobs = jobs;
        this.preview = preview;
        this.grading = grading;
        this.actions = actions;
    }

    @GetMapping("/admin/questions")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String level, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer page, Model model) {
        BankListing filter = BankListing.of(q, kind, level, status, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", filter.apply(authoring.entries()));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("statuses", QuestionAuthoring.Status.values());
        return "admin/questions";
    }

    @GetMapping("/admin/questions/new")
    String newQuestion(@RequestParam(required = false) String kind, Model model) {
        QuestionKind k = Optional.ofNullable(kind).flatMap(s -> java.util.Arrays.stream(QuestionKind.values())
                .filter(v -> v.slug().equals(s)).findFirst()).orElse(QuestionKind.CODING);
        model.addAttribute("slug", "");
        model.addAttribute("yaml", Templates.of(k));
        model.addAttribute("preview", preview.of("new-question", Templates.of(k)));
        model.addAttribute("isNew", true);
        model.addAttribute("kinds", QuestionKind.values());
        return "admin/editor";
    }

    @GetMapping("/admin/questions/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        Optional<QuestionAuthoring.Draft> draft = authoring.draft(slug);
        Optional<String> published = authoring.publishedSource(slug);
        if (draft.isEmpty() && published.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No question or draft called " + slug);
        }
        String yaml = draft.map(QuestionAuthoring.Draft::yaml).orElseGet(published::get);
        model.addAttribute("slug", slug);
        model.addAttribute("isNew", false);
        model.addAttribute("yaml", yaml);
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("entry", authoring.entries().stream().filter(e -> e.slug().equals(slug)).findFirst().orElse(null));
        model.addAttribute("job", jobs.latest(slug, ValidationJobs.Purpose.DRAFT).orElse(null));
        model.addAttribute("grading", grading.status());
        model.addAttribute("preview", preview.of(slug, yaml));
        return "admin/editor";
    }

    /** Saves the draft; with {@code intent=validate} also queues its validation. */
    @PostMapping("/admin/questions/save")
    String save(@AuthenticationPrincipal CurrentAccount me, @RequestParam String slug, @RequestParam String yaml,
                @RequestParam(defaultValue = "save") String intent, RedirectAttributes redirect) {
        String before = authoring.draft(slug).map(QuestionAuthoring.Draft::hash).orElse(null);
        QuestionAuthoring.Draft draft = authoring.saveDraft(slug.strip(), yaml, me.id());
        actions.record(me, "question.draft.saved", "question", draft.slug(), before, draft.hash());
        if (intent.equals("validate")) {
            long job = jobs.enqueue(ValidationJobs.Purpose.DRAFT, draft.slug(), draft.yaml(), me.id());
            actions.record(me, "question.validation.requested", "question", draft.slug(), null, "job " + job);
            redirect.addFlashAttribute("message", "admin.editor.validating");
        } else {
            redirect.addFlashAttribute("message", draft.problem() == null ? "admin.editor.saved" : "admin.editor.saved.broken");
        }
        return "redirect:/admin/questions/" + draft.slug() + "/edit";
    }

    @PostMapping("/admin/questions/preview")
    String preview(@RequestParam String slug, @RequestParam String yaml, Model model) {
        model.addAttribute("preview", preview.of(slug.isBlank() ? "new-question" : slug.strip(), yaml));
        return "admin/preview :: preview";
    }

    @GetMapping("/admin/validations/{id}")
    String validation(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("grading", grading.status());
        return "admin/validation :: result";
    }

    @PostMapping("/admin/questions/{slug}/publish")
    String publish(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, RedirectAttributes redirect) {
        String before = authoring.publishedSource(slug).map(QuestionAuthoring::hashOf).orElse(null);
        QuestionRef ref = authoring.publish(slug);
        actions.record(me, "question.published", "question", slug, before, "version " + ref.version());
        redirect.addFlashAttribute("message", "admin.editor.published");
        return "redirect:/admin/questions/" + slug + "/edit";
    }

    @PostMapping("/admin/questions/{slug}/discard")
    String discard(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, RedirectAttributes redirect) {
        QuestionAuthoring.Draft draft = authoring.draft(slug).orElseThrow(() -> new UserError("There is no draft of '" + slug + "'."));
        authoring.discardDraft(slug);
        actions.record(me, "question.draft.discarded", "question", slug, draft.hash(), null);
        redirect.addFlashAttribute("message", "admin.editor.discarded");
        return authoring.publishedSource(slug).isPresent() ? "redirect:/admin/questions/" + slug + "/edit" : "redirect:/admin/questions";
    }

    @PostMapping("/admin/questions/{slug}/retire")
    String retire(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, RedirectAttributes redirect) {
        authoring.retire(slug);
        actions.record(me, "question.retired", "question", slug, "PUBLISHED", "RETIRED");
        redirect.addFlashAttribute("message", "admin.editor.retired");
        return "redirect:/admin/questions/" + slug + "/edit";
    }

    @PostMapping("/admin/questions/{slug}/unretire")
    String unretire(@AuthenticationPrincipal CurrentAccount me, @PathVariable String slug, RedirectAttributes redirect) {
        authoring.unretire(slug);
        actions.record(me, "question.unretired", "question", slug, "RETIRED", "PUBLISHED");
        redirect.addFlashAttribute("message", "admin.editor.unretired");
        return "redirect:/admin/questions/" + slug + "/edit";
    }
}
