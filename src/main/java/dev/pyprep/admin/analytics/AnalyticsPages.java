package dev.pyprep.admin.analytics;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.admin.AdminActions;
import dev.pyprep.admin.bank.ValidationJobs;
import dev.pyprep.grading.SubmissionStatistics;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.Questions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** How questions perform: the bank's overview with its flags, and each question's figures. */
@Controller
class AnalyticsPages {

    static final int PAGE_SIZE = 50;

    /** A question's overview line with its name. */
    record Row(QuestionAuthoring.Entry entry, SubmissionStatistics.Overview figures) {
    }

    /** A hidden test's figures with its name (from the version it belongs to). */
    record TestRow(int version, int ordinal, String name, long runs, long failures, double failureRate) {
    }

    private final SubmissionStatistics statistics;
    private final QuestionAuthoring authoring;
    private final Questions questions;
    private final ValidationJobs jobs;
    private final Revalidation revalidation;
    private final AnalyticsSettings settings;
    private final AdminActions actions;

    AnalyticsPages(SubmissionStatistics statistics, QuestionAuthoring authoring, Questions questions, ValidationJobs jobs,
                   Revalidation revalidation, AnalyticsSettings settings, AdminActions actions) {
        this.statistics = statistics;
        this.authoring = authoring;
        this.questions = questions;
        this.jobs = jobs;
        this.revalidation = revalidation;
        this.settings = settings;
        this.actions = actions;
    }

    @GetMapping("/admin/analytics")
    String overview(@RequestParam(required = false) Integer page, Model model) {
        Map<Long, QuestionAuthoring.Entry> entries = new HashMap<>();
        authoring.entries().stream().filter(e -> e.questionId() != null).forEach(e -> entries.put(e.questionId(), e));
        List<Row> rows = statistics.overview(settings.firstTryMinCandidates()).stream()
                .filter(o -> entries.containsKey(o.questionId()))
                .map(o -> new Row(entries.get(o.questionId()), o))
                .sorted(Comparator.comparingLong((Row r) -> r.figures().attempts()).reversed().thenComparing(r -> r.entry().slug()))
                .toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(0, page == null ? 0 : page), pages - 1);
        model.addAttribute("rows", rows.subList(current * PAGE_SIZE, Math.min(rows.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("neverSolved", rows.stream().filter(r -> r.figures().neverSolved()).toList());
        model.addAttribute("firstTry", rows.stream().filter(r -> r.figures().everyoneFirstTry()).toList());
        model.addAttribute("minCandidates", settings.firstTryMinCandidates());
        model.addAttribute("broken", jobs.failedRevalidations());
        model.addAttribute("revalidationsWaiting", jobs.waiting());
        return "admin/analytics";
    }

    @GetMapping("/admin/analytics/{slug}")
    String question(@PathVariable String slug, Model model) {
        QuestionAuthoring.Entry entry = authoring.entries().stream()
                .filter(e -> e.slug().equals(slug) && e.questionId() != null).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published question called " + slug));
        SubmissionStatistics.QuestionStatistics figures = statistics.question(entry.questionId());
        Map<Long, CodingTask> tasks = new HashMap<>();
        List<TestRow> tests = figures.hiddenTests().stream().map(t -> {
            CodingTask task = tasks.computeIfAbsent(t.questionVersionId(), v -> questions.codingTask(v).orElse(null));
            String name = task == null ? "" : task.tests().stream().filter(c -> Objects.equals(c.id(), t.testCaseId()))
                    .map(CodingTask.Test::name).findFirst().orElse("");
            int version = questions.ref(t.questionVersionId()).map(r -> r.version()).orElse(0);
            return new TestRow(version, t.ordinal(), name, t.runs(), t.failures(), t.failureRate());
        }).toList();
        model.addAttribute("entry", entry);
        model.addAttribute("figures", figures);
        model.addAttribute("tests", tests);
        model.addAttribute("revalidation", jobs.latest(slug, ValidationJobs.Purpose.REVALIDATION).orElse(null));
        return "admin/question-analytics";
    }

    @PostMapping("/admin/analytics/revalidate")
    String revalidate(@AuthenticationPrincipal CurrentAccount me, RedirectAttributes redirect) {
        int queued = revalidation.all(me.id(), null);
        actions.record(me, "bank.revalidation.requested", "bank", null, null, queued + " questions queued");
        redirect.addFlashAttribute("message", "admin.analytics.revalidating");
        return "redirect:/admin/analytics";
    }
}
