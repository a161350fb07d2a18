package dev.pyprep.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.BrowserTest;
import testsupport.Environment;
import testsupport.MutableClock;

class PracticeJourneyTest extends BrowserTest {

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void submitCode(String code) {
        page.locator(".CodeMirror").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
    }

    @Test
    void answerOneQuestionOfEachKindAndSeeItOnTheProgressPage() {
        Environment.requireDocker();
        signUp("Practice Person");

        page.navigate(url("/questions/fx-default-args"));
        page.getByLabel("Once, when the def statement runs").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer")).click();
        assertThat(page.locator("#mark")).hasText("Correct");
        assertThat(page.locator(".option-result.pass")).containsText("Defaults are evaluated once");

        page.navigate(url("/questions/fx-late-binding"));
        page.getByLabel("What does it print?").fill("[0, 1, 2]");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer")).click();
        assertThat(page.locator("#mark")).hasText("Not quite");
        assertThat(page.locator("#real-output")).containsText("[2, 2, 2]");

        page.navigate(url("/questions/fx-gil"));
        page.getByLabel("Your answer").fill("Only one thread runs bytecode at a time.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and reveal the model answer")).click();
        assertThat(page.locator("#model-answer")).containsText("reference counts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not yet")).click();
        assertThat(page.locator("#rated")).containsText("Not yet");

        page.navigate(url("/questions/fx-shout"));
        page.locator(".CodeMirror").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText("def shout(s):\n    return s.upper() + '!'\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.locator("#result .verdict")).hasAttribute("data-verdict", "ACCEPTED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));

        page.navigate(url("/progress"));
        assertThat(page.locator("#totals")).containsText("You have tried 4 of");
        assertThat(page.locator("#totals")).containsText("mastered 2");
        assertThat(page.locator("#upcoming")).containsText("Late binding closures");
        assertThat(page.locator("#upcoming")).containsText("What does the GIL protect?");
        assertThat(page.locator("#mastery tr[data-topic=strings]")).containsText("1 mastered");
    }

    @Test
    void solveAChallengeAndReadItsEditorialThenRevealAnotherAndSeeItComeDueTheNextDay() {
        Environment.requireDocker();
        signUp("Editorial Reader");

        page.navigate(url("/questions/fx-shout"));
        assertThat(page.locator("#solution-panel")).hasAttribute("data-unlock", "LOCKED");
        assertThat(page.locator("#solution")).not().containsText("shout-editorial-marker");
        submitCode("def shout(s):\n    return s.upper() + '!'\n");
        assertThat(page.locator("#result .verdict")).hasAttribute("data-verdict", "ACCEPTED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#editorial")).containsText("shout-editorial-marker-4417"); // live, without a reload
        assertThat(page.locator("#reference-solution")).containsText("return s.upper() + \"!\"");
        page.reload();
        assertThat(page.locator("#solution-panel")).hasAttribute("data-unlock", "SOLVED");
        assertThat(page.locator("#editorial")).containsText("shout-editorial-marker-4417");

        page.navigate(url("/questions/fx-sum-to"));
        assertThat(page.locator("#solution-panel")).hasAttribute("data-unlock", "LOCKED");
        page.locator("#solution summary").click();
        assertThat(page.locator("#reveal-form")).containsText("counts this question as not mastered");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the solution (counts as not mastered)")).click();
        assertThat(page.locator("#revealed-note")).containsText("counts as not mastered");
        assertThat(page.locator("#editorial")).containsText("sum-editorial-marker-8832");
        assertThat(page.locator("#reference-solution")).containsText("n * (n + 1) // 2");

        page.navigate(url("/progress"));
        assertThat(page.locator("#totals")).containsText("You have tried 2 of");
        assertThat(page.locator("#totals")).containsText("mastered 1");
        assertThat(page.locator("#due-empty")).isVisible();
        assertThat(page.locator("#upcoming")).containsText("Sum of the first n numbers");
        assertThat(page.locator("#upcoming")).containsText("Solution shown");
        assertThat(page.locator("#calendar li").nth(1)).hasAttribute("data-due", "1");
        assertThat(page.locator("#activity-chart")).isVisible();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        page.reload();
        assertThat(page.locator("#due")).containsText("Sum of the first n numbers");
        assertThat(page.locator("#due")).containsText("Solution shown");
        assertThat(page.locator("#calendar li.today")).hasAttribute("data-due", "1");
        page.locator("#due a", new Page.LocatorOptions().setHasText("Sum of the first n numbers")).click();
        page.waitForURL("**/questions/fx-sum-to");
    }
}
