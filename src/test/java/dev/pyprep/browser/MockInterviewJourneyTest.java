package dev.pyprep.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import testsupport.BrowserTest;

/** A candidate sets themselves a mock interview, answers it, finishes, and reads model answers and their history. */
class MockInterviewJourneyTest extends BrowserTest {

    @Test
    void aCandidateTakesAMockInterviewAndSeesModelAnswersAndHistory() {
        page.onDialog(dialog -> dialog.accept());
        signUp("Mock Person");

        page.navigate(url("/progress"));
        assertThat(page.locator("#mock-history")).containsText("No mock interviews yet.");
        page.getByText("Start a mock interview").click();
        page.getByLabel("GIL, threading, multiprocessing and asyncio").check();
        page.getByLabel("Number of questions").fill("1");
        page.getByLabel("Time (minutes)").fill("15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the mock interview")).click();

        assertThat(page.locator("main.screen-take h1")).containsText("What does the GIL protect?");
        page.getByLabel("Your answer").fill("Interpreter internals such as reference counts.");
        assertThat(page.locator("#save-status")).hasText("Saved");
        page.locator("#finish").click();

        assertThat(page.locator("#mock-total")).hasText("0.00 / 10");
        assertThat(page.locator(".model-answer")).containsText("reference counts");
        assertThat(page.locator(".report-item")).containsText("Interpreter internals such as reference counts.");
        assertThat(page.locator(".report-item")).containsText("protects interpreter internals, not your invariants");
        page.getByLabel("Your own mark against the model answer (0 to 10)").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give points")).click();
        assertThat(page.locator("#mock-total")).hasText("6.00 / 10");

        page.navigate(url("/progress"));
        assertThat(page.locator("#mock-history tr")).hasCount(1);
        assertThat(page.locator("#mock-history")).containsText("Mock interview: concurrency");
        assertThat(page.locator("#mock-history .mock-score")).hasText("6.00 / 10");
    }
}
