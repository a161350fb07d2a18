package dev.pyprep.account.web;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AccountPages {

    private final AccountService accountService;
    private final UserDetailsService userDetails;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    AccountPages(AccountService accountService, UserDetailsService userDetails) {
        this.accountService = accountService;
        this.userDetails = userDetails;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
                  HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return "account/signup";
        }
        // The same answer for a new and an already registered email: sign-up never says which emails have accounts.
        accountService.signUp(form.email(), form.displayName(), form.password());
        return "redirect:/login?registered";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentAccount me, @RequestParam String current,
                          @RequestParam String password, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        if (!accountService.passwordMatches(me.id(), current)) {
            model.addAttribute("error", "password.current.wrong");
            return "account/password";
        }
        if (password.length() < 10 || password.length() > 200) {
            model.addAttribute("error", "signup.password.size");
            return "account/password";
        }
        accountService.changePassword(me.id(), password);
        signIn(me.email(), request, response);
        return "redirect:/questions?passwordChanged";
    }

    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var principal = userDetails.loadUserByUsername(email);
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
