package dev.pyprep.admin;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.EmailTakenException;
import dev.pyprep.account.Role;
import dev.pyprep.question.ImportReport;
import dev.pyprep.question.QuestionBank;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curating the bank: the import report, a re-import, every question's current version; and staff accounts. */
@Controller
class AdminController {

    private final QuestionBank bank;
    private final Questions questions;
    private final AccountService accounts;

    AdminController(QuestionBank bank, Questions questions, AccountService accounts) {
        this.bank = bank;
        this.questions = questions;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String home() {
        return "redirect:/admin/questions";
    }

    @GetMapping("/admin/questions")
    String questions(Model model) {
        model.addAttribute("report", bank.lastReport().orElse(null));
        model.addAttribute("dir", bank.folder());
        model.addAttribute("questions", questions.catalog().stream()
                .sorted(Comparator.comparing(QuestionSummary::sourcePath)).toList());
        return "admin/questions";
    }

    @PostMapping("/admin/questions/import")
    String reimport(RedirectAttributes redirect) {
        ImportReport report = bank.importFolder();
        redirect.addFlashAttribute("message", "Imported " + report.summary());
        return "redirect:/admin/questions";
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
