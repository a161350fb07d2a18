package dev.pyprep.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.pyprep.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.BrowserTest;
import testsupport.Environment;
import testsupport.TestAccounts;

class CurationJourneyTest extends BrowserTest {

    static String triple(String body) {
        return """
                title: Triple it
                kind: coding
                level: entry
                topics: [basics]
                prompt: |
                  Return `n` times three.
                mode: function
                entry_point: triple
                starter: |
                  def triple(n):
                      ...
                solution: |
                  def triple(n):
                      return %s
                wrong_solutions:
                  - label: adds two
                    code: |
                      def triple(n):
                          return n + 2
                tests:
                  - {name: one, sample: true, args: [1], expected: 3}
                  - {name: four, args: [4], expected: 12}
                """.formatted(body);
    }

    @Autowired
    TestAccounts accounts;

    @Test
    void anAdminWritesFixesAndPublishesAChallengeACandidateSolvesItAndRetiringItTakesItOffTheList() {
        Environment.requireDocker();
        String admin = accounts.create(Role.ADMIN);
        signIn(admin, TestAccounts.PASSWORD);

        page.navigate(url("/admin"));
        page.locator(".admin-nav").getByText("Questions").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New question").setExact(true)).click();
        page.getByLabel("Slug (the file name)").fill("bj-triple");
        replaceEditorText(triple("n * 2"));
        assertThat(page.locator("#preview-question h3")).hasText("Triple it");
        replaceEditorText(triple("n * 2").replace("level: entry", "level: expert"));
        assertThat(page.locator("#parse-error")).containsText("Line 3:");
        replaceEditorText(triple("n * 2"));
        assertThat(page.locator("#preview-question h3")).hasText("Triple it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and validate")).click();

        assertThat(page.locator("#validation-verdict")).hasAttribute("data-ok", "false",
                new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(page.locator("#reference-tests tr[data-verdict=WRONG_ANSWER]").first()).containsText("one");

        replaceEditorText(triple("n * 3"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and validate")).click();
        assertThat(page.locator("#validation-verdict")).hasAttribute("data-ok", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(page.locator("#wrong-solutions")).containsText("adds two");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.locator("#message")).containsText("Published");
        signOut();

        String candidate = signUp("Journey Candidate");
        page.navigate(url("/questions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Triple it")).click();
        page.locator(".CodeMirror").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText("def triple(n):\n    return 3 * n\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.locator("#result .verdict")).hasAttribute("data-verdict", "ACCEPTED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        signOut();

        signIn(admin, TestAccounts.PASSWORD);
        page.navigate(url("/admin/questions?q=bj-triple"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("bj-triple")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire")).click();
        assertThat(page.locator("#status")).hasText("Retired");
        signOut();

        signIn(candidate, PASSWORD);
        page.navigate(url("/questions"));
        assertThat(page.locator("main")).not().containsText("Triple it");
    }

    private void replaceEditorText(String text) {
        page.locator(".CodeMirror").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(text);
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/login?logout");
    }
}
