package dev.pyprep.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import testsupport.BrowserTest;
import testsupport.Environment;

class CandidateJourneyTest extends BrowserTest {

    @Test
    void signUpFilterTheListOpenAQuestionAndSeeItRendered() {
        signUp("Grace Hopper");
        assertThat(page.locator("h1")).hasText("Questions");

        page.locator("select[name=topic]").selectOption("strings");
        page.locator("select[name=level]").selectOption("entry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        page.waitForURL("**/questions?**topic=strings**");
        Locator rows = page.locator("table.questions tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Shout it");

        rows.first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Shout it");
        assertThat(page.locator("section.prompt code").first()).hasText("s");
        assertThat(page.locator(".samples table tbody tr")).hasCount(2);
    }

    @Test
    void searchFindsQuestionsByText() {
        signUp("Search User");
        page.locator("input[name=q]").fill("closures");
        page.locator("input[name=q]").press("Enter");
        assertThat(page.locator("table.questions tbody tr").first()).containsText("Late binding closures");
    }

    @Test
    void markdownWithAScriptTagRendersInert() {
        signUp("Xss Tester");
        page.navigate(url("/questions/fx-unsafe-markdown"));
        assertThat(page.locator("section.prompt")).containsText("<script>alert('pwned-by-markdown')</script>");
        assertThat(page.locator("section.prompt script")).hasCount(0);
        assertThat(page.locator("section.prompt a[href^=javascript]")).hasCount(0);
        assertThat(page.locator("section.prompt img")).hasCount(0);
    }

    @Test
    void typeASolutionRunItThenSubmitItAndSeeAccepted() {
        Environment.requireDocker();
        signUp("Ada Lovelace");
        page.navigate(url("/questions/fx-sum-to"));
        page.locator(".CodeMirror").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText("def sum_to(n):\n    return n * (n + 1) // 2\n");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();
        assertThat(page.locator("#result .verdict")).hasText("Accepted", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#result tr.sample-test")).hasCount(3);
        assertThat(page.locator("#result tr.sample-test").first()).containsText("Accepted");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.locator("#result .verdict")).hasAttribute("data-verdict", "ACCEPTED",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#result")).containsText("Score 100%");
        assertThat(page.locator("#result tr.hidden-test")).hasCount(3);
        assertThat(page.locator("#history details")).hasCount(2);

        page.reload();
        Object draft = page.evaluate("window.pyprepEditor.getCode()");
        assertThat((String) draft).contains("return n * (n + 1) // 2");
    }
}
