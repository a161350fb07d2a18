package dev.pyprep.admin;

import dev.pyprep.account.AccountAdministration;
import dev.pyprep.question.ImportReport;
import dev.pyprep.question.QuestionBank;
import dev.pyprep.account.CurrentAccount;
import dev.pyprep.admin.bank.ValidationJobs;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.question.QuestionAuthoring;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' overview: the bank in numbers, grading and validation status, the last folder import. */
@Controller
class AdminController {

    private final QuestionBank bank;
    private final AccountAdministration accounts;
    private final QuestionAuthoring authoring;
    private final SubmissionService grading;
    private final ValidationJobs jobs;
    private final AdminActions actions;

    AdminController(QuestionBank bank, AccountAdministration accounts, QuestionAuthoring authoring,
                    SubmissionService grading, ValidationJobs jobs, AdminActions actions) {
        this.bank = bank;
        this.accounts = accounts;
        this.authoring = authoring;
        this.grading = grading;
        this.jobs = jobs;
        this.actions = actions;
    }

    @GetMapping("/admin")
    String home(Model model) {
        List<QuestionAuthoring.Entry> entries = authoring.entries();
        for (QuestionAuthoring.Status s : QuestionAuthoring.Status.values()) {
            model.addAttribute(s.name().toLowerCase(), entries.stream().filter(e -> e.status() == s).count());
        }
        model.addAttribute("drafts", entries.stream().filter(QuestionAuthoring.Entry::hasDraft).count());
        model.addAttribute("grading", grading.status());
        model.addAttribute("validationsWaiting", jobs.waiting());
        model.addAttribute("accountCount", accounts.count());
        model.addAttribute("report", bank.lastReport().orElse(null));
        model.addAttribute("dir", bank.folder());
        return "admin/home";
    }

    @PostMapping("/admin/questions/import")
    String reimport(@AuthenticationPrincipal CurrentAccount me, RedirectAttributes redirect) {
        ImportReport report = bank.importFolder();
        actions.record(me, "bank.folder.imported", "bank", bank.folder().toString(), null, report.summary());
        redirect.addFlashAttribute("message", "admin.home.imported");
        return "redirect:/admin";
    }
}
