package dev.pyprep.admin.accounts;

import dev.pyprep.account.AccountAdministration;
import dev.pyprep.account.AccountService;
import dev.pyprep.account.AccountView;
import dev.pyprep.account.CurrentAccount;
import dev.pyprep.account.EmailTakenException;
import dev.pyprep.account.Role;
import dev.pyprep.admin.AdminActions;
import dev.pyprep.system.UserError;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts for administrators: list and search, create staff, change a role, disable or enable, reset a password. */
@Controller
class AccountAdminPages {

    static final int PAGE_SIZE = 50;

    private final AccountAdministration administration;
    private final AccountService accounts;
    private final AdminActions actions;

    AccountAdminPages(AccountAdministration administration, AccountService accounts, AdminActions actions) {
        this.administration = administration;
        this.accounts = accounts;
        this.actions = actions;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) Integer page, Model model) {
        Role wanted = Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(role == null ? "" : role.strip()))
                .findFirst().orElse(null);
        model.addAttribute("q", q);
        model.addAttribute("role", wanted);
        model.addAttribute("result", administration.search(q, wanted, page == null ? 0 : page, PAGE_SIZE));
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@AuthenticationPrincipal CurrentAccount me, @RequestParam String email, @RequestParam String displayName,
                  @RequestParam Role role, @RequestParam String password, RedirectAttributes redirect) {
        if (password.length() < 10 || email.isBlank() || displayName.isBlank()) {
            throw new UserError("Give an email, a name and a temporary password of at least 10 characters.");
        }
        try {
            AccountView created = accounts.create(email, displayName, password, role, true);
            actions.record(me, "account.created", "account", String.valueOf(created.id()), null, created.email() + " " + role);
        } catch (EmailTakenException e) {
            throw new UserError(e.getMessage());
        }
        redirect.addFlashAttribute("message", "admin.accounts.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String changeRole(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, @RequestParam String role,
                      RedirectAttributes redirect) {
        Role wanted = Arrays.stream(Role.values()).filter(r -> r.name().equals(role.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UserError("There is no role called '" + role + "'."));
        AccountView before = existing(id);
        AccountView after = administration.changeRole(me.id(), id, wanted);
        actions.record(me, "account.role.changed", "account", String.valueOf(id), before.role().name(), after.role().name());
        redirect.addFlashAttribute("message", "admin.accounts.roleChanged");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        administration.disable(me.id(), id);
        actions.record(me, "account.disabled", "account", String.valueOf(id), "enabled", "disabled");
        redirect.addFlashAttribute("message", "admin.accounts.disabled");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        administration.enable(id);
        actions.record(me, "account.enabled", "account", String.valueOf(id), "disabled", "enabled");
        redirect.addFlashAttribute("message", "admin.accounts.enabled");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        AccountView account = existing(id);
        String temporary = administration.resetPassword(me.id(), id);
        actions.record(me, "account.password.reset", "account", String.valueOf(id), null, "temporary password set");
        redirect.addFlashAttribute("temporaryPassword", temporary);
        redirect.addFlashAttribute("temporaryFor", account.email());
        return "redirect:/admin/accounts";
    }

    private AccountView existing(long id) {
        return accounts.byId(id).orElseThrow(() -> new UserError("There is no such account."));
    }
}
