package dev.pyprep.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import testsupport.BrowserTest;
import testsupport.Environment;

class PracticeJourneyTest extends BrowserTest {

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
        assertThat(page.locator("#review")).containsText("Late binding closures");
        assertThat(page.locator("#review")).containsText("What does the GIL protect?");
        assertThat(page.locator("#mastery tr[data-topic=strings]")).containsText("1 mastered");
    }
}
