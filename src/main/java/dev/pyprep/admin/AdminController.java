package dev.pyprep.admin;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.EmailTakenException;
import dev.pyprep.account.Role;
import dev.pyprep.question.ImportReport;
import dev.pyprep.question.QuestionBank;
import dev.pyprep.question.Questions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' overview: the bank in numbers, grading and validation status, the last folder import. */
@Controller
class AdminController {

    private final QuestionBank bank;
    private final Questions questions;
    private final AccountService accounts;
    private final QuestionAuthoring authoring;
    private final SubmissionService grading;
    private final ValidationJobs jobs;
    private final AdminActions actions;

    AdminController(QuestionBank bank, Questions questions, AccountService accounts, QuestionAuthoring authoring,
                    SubmissionService grading, ValidationJobs jobs, AdminActions actions) {
        this.bank = bank;
        this.questions = questions;
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
        model.addAttribute("accountCount", accounts.all().size());
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

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String createAccount(@RequestParam String email, @RequestParam String displayName, @RequestParam Role role,
                         @RequestParam String password, RedirectAttributes redirect) {
        if (password.length() < 10 || email.isBlank() || displayName.isBlank()) {
            redirect.addFlashAttribute("error", "Give an email, a name and a temporary password of at least 10 characters.");
            return "redirect:/admin/accounts";
        }
        try {
            accounts.create(email, displayName, password, role, true);
            redirect.addFlashAttribute("message", "Created " + email + "; they choose their own password at first sign-in.");
        } catch (EmailTakenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }
}
