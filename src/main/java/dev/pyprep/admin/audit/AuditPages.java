package dev.pyprep.admin.audit;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.AccountView;
import dev.pyprep.system.UserError;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: who did what to which question or account, when, with before and after; filtered and paged. */
@Controller
class AuditPages {

    private final AuditLog log;
    private final AccountService accounts;

    AuditPages(AuditLog log, AccountService accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer page, Model model) {
        Long actorId = null;
        boolean unknownActor = false;
        if (blank(actor) != null) {
            actorId = accounts.byEmail(actor.strip()).map(AccountView::id).orElse(null);
            unknownActor = actorId == null;
        }
        AuditLog.Filter filter = new AuditLog.Filter(actorId, blank(action), blank(targetType), blank(targetId),
                date(from, 0), date(to, 1), page == null ? 0 : page);
        AuditLog.Page result = unknownActor ? new AuditLog.Page(java.util.List.of(), 0, 0, 1) : log.find(filter);
        Map<Long, String> actors = new HashMap<>();
        result.items().stream().map(AuditLog.Entry::actorId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> actors.put(id, accounts.byId(id).map(AccountView::email).orElse("#" + id)));
        model.addAttribute("result", result);
        model.addAttribute("actors", actors);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("targetType", targetType);
        model.addAttribute("targetId", targetId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A day (UTC) as an instant: its start, or with {@code plusDays} 1 the start of the next day (an inclusive "to"). */
    private static java.time.Instant date(String s, int plusDays) {
        if (blank(s) == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("'" + s + "' is not a date like 2026-12-01.");
        }
    }
}
