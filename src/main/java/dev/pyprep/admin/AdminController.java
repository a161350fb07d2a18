package dev.pyprep.admin;

import dev.pyprep.account.AccountRepository;
import dev.pyprep.account.AccountService;
import dev.pyprep.account.EmailTakenException;
import dev.pyprep.account.Role;
import dev.pyprep.question.bank.ImportReport;
import dev.pyprep.question.bank.QuestionBankSettings;
import dev.pyprep.question.bank.QuestionImporter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curating the bank: the import report, a re-import, every question's versions; and staff accounts. */
@Controller
class AdminController {

    record QuestionRow(String slug, String title, String kind, String level, int version, String sourcePath) {
    }

    private final QuestionImporter importer;
    private final QuestionBankSettings bank;
    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AccountService accountService;

    AdminController(QuestionImporter importer, QuestionBankSettings bank, JdbcClient jdbc, AccountRepository accounts,
                    AccountService accountService) {
        this.importer = importer;
        this.bank = bank;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.accountService = accountService;
    }

    @GetMapping("/admin")
    String home() {
        return "redirect:/admin/questions";
    }

    @GetMapping("/admin/questions")
    String questions(Model model) {
        model.addAttribute("report", importer.lastReport());
        model.addAttribute("dir", bank.dir().toAbsolutePath().normalize());
        model.addAttribute("questions", jdbc.sql("""
                        select q.slug, v.title, v.kind, v.level, v.version, v.source_path
                        from questions q join question_versions v on v.id = q.current_version_id order by v.source_path""")
                .query((rs, i) -> new QuestionRow(rs.getString(1), rs.getString(2), rs.getString(3).toLowerCase(),
                        rs.getString(4).toLowerCase(), rs.getInt(5), rs.getString(6))).list());
        return "admin/questions";
    }

    @PostMapping("/admin/questions/import")
    String reimport(RedirectAttributes redirect) {
        ImportReport report = importer.importFolder(bank.dir());
        redirect.addFlashAttribute("message", "Imported " + report.summary());
        return "redirect:/admin/questions";
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.findAllByOrderByCreatedAtDesc());
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
            accountService.create(email, displayName, password, role, true);
            redirect.addFlashAttribute("message", "Created " + email + "; they choose their own password at first sign-in.");
        } catch (EmailTakenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }
}
