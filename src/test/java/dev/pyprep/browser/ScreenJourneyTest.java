package dev.pyprep.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.pyprep.account.Role;
import jakarta.mail.internet.MimeMessage;
import java.io.Reader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testsupport.BrowserTest;
import testsupport.Environment;
import testsupport.MutableClock;
import testsupport.TestAccounts;

/**
 * The whole screening job in Chromium, with GreenMail as the SMTP server the invites really go through: a recruiter
 * builds and publishes a screen, invites two people by mail, one solves everything and submits, the other runs out of
 * time (the clock is moved) and is graded from saved code; the recruiter marks, reads reports, extends time on a
 * second screen and downloads the CSV, which is parsed back.
 */
class ScreenJourneyTest extends BrowserTest {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static final Pattern LINK = Pattern.compile("http://\\S+/s/[A-Za-z0-9_-]{43}");
    private static final String SOLUTION = "def shout(s):\n    return s.upper() + '!'\n";

    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recruiterScreensTwoCandidatesByMailAndReadsScoredResults() throws Exception {
        Environment.requireDocker();
        page.onDialog(dialog -> dialog.accept());
        String recruiter = accounts.create(Role.RECRUITER);
        signIn(recruiter, TestAccounts.PASSWORD);

        // build: coding + multiple choice + concept
        page.navigate(url("/recruiter"));
        assertThat(page.locator("#no-screens")).isVisible();
        page.getByText("New screen").click();
        page.getByLabel("Title").fill("Python backend screen");
        page.getByLabel("Time limit (minutes)").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create draft")).click();
        addQuestion("Shout", "fx-shout");
        addQuestion("Default", "fx-default-args");
        addQuestion("GIL", "fx-gil");
        assertThat(page.locator("#screen-questions tbody tr")).hasCount(3);
        page.locator("#publish").click();
        assertThat(page.locator("#screen-status")).hasText("Published");
        String screenUrl = page.url();

        // invite two people: the mails arrive at GreenMail
        String a = "ann-" + System.nanoTime() + "@example.com";
        String b = "bob-" + System.nanoTime() + "@example.com";
        page.getByLabel("Email addresses (one or many, separated by commas, spaces or lines)").fill(a + ", " + b);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invites")).click();
        assertThat(page.locator("#issued")).containsText("mailed");
        Map<String, String> links = mailedLinks(2);
        assertThat(links).containsKeys(a, b);

        // candidate A, without an account: solves, answers, submits
        context.clearCookies();
        page.navigate(links.get(a));
        assertThat(page.locator("#duration")).hasText("Duration: 30 minutes");
        assertThat(page.locator("#count")).hasText("3 questions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the screen")).click();
        typeCode(SOLUTION);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.locator("#result .verdict")).hasAttribute("data-verdict", "ACCEPTED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(page.locator("#result")).not().containsText("zq-secret-input-7731");
        assertThat(page.locator("#result")).not().containsText("hidden-name-marker-qx5521");
        page.locator("#next").click();
        page.getByLabel("Once, when the def statement runs").check();
        assertThat(page.locator("#save-status")).hasText("Saved");
        page.locator("#next").click();
        page.getByLabel("Your answer").fill("It serialises bytecode execution; it protects interpreter internals.");
        assertThat(page.locator("#save-status")).hasText("Saved");
        page.locator("#finish").click();
        assertThat(page.locator("#state")).containsText("You have submitted this screen");
        page.navigate(links.get(a) + "/q/1");
        assertThat(page.locator("#state")).containsText("You have submitted this screen");

        // candidate B starts, writes code that autosaves, and the time runs out
        context.clearCookies();
        page.navigate(links.get(b));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the screen")).click();
        typeCode(SOLUTION);
        assertThat(page.locator("#save-status")).hasText("Saved");
        clock.advance(Duration.ofMinutes(31));
        page.navigate(links.get(b));
        assertThat(page.locator("#state")).containsText("You have submitted this screen");

        // the recruiter marks A's concept answer and reads both reports
        context.clearCookies();
        signIn(recruiter, TestAccounts.PASSWORD);
        page.navigate(screenUrl);
        Locator rowB = page.locator("#results tr[data-email='" + b + "']");
        awaitText(rowB.locator(".score"), "10.00 / 30");
        page.locator("#results tr[data-email='" + a + "'] a").first().click();
        Locator concept = page.locator(".report-item[data-kind=CONCEPT]");
        assertThat(concept.locator(".key-points")).containsText("protects interpreter internals, not your invariants");
        assertThat(concept.locator(".answer-text")).containsText("It serialises bytecode execution");
        assertThat(page.locator(".report-item[data-kind=CODING] .tests")).containsText("hidden-name-marker-qx5521");
        assertThat(page.locator(".report-item[data-kind=CODING] .tests")).containsText("zq-secret-input-7731");
        concept.getByLabel("Concept points").fill("7");
        concept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Give points")).click();
        awaitText(page.locator("#report-score"), "27.00 / 30");
        assertThat(page.locator("#report-passed")).hasText("Pass");

        page.navigate(screenUrl);
        page.locator("#results tr[data-email='" + b + "'] a").first().click();
        assertThat(page.locator(".report-item[data-kind=CODING] .final-code")).containsText("return s.upper() + '!'");
        assertThat(page.locator("body")).containsText("closed at the deadline");
        assertThat(page.locator("#report-passed")).hasText("Fail");

        // a second screen: extend a running candidate's time
        page.navigate(screenUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duplicate as a new draft")).click();
        page.locator("#publish").click();
        String c = "cid-" + System.nanoTime() + "@example.com";
        page.getByLabel("Email addresses (one or many, separated by commas, spaces or lines)").fill(c);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invites")).click();
        String linkC = page.locator("#issued input").inputValue();
        String secondUrl = page.url();
        context.clearCookies();
        page.navigate(linkC);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the screen")).click();
        long before = Long.parseLong(page.locator("main.screen-take").getAttribute("data-remaining"));
        context.clearCookies();
        signIn(recruiter, TestAccounts.PASSWORD);
        page.navigate(secondUrl);
        Locator rowC = page.locator("#results tr[data-email='" + c + "']");
        rowC.getByLabel("Extra minutes").fill("15");
        rowC.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add minutes")).click();
        assertThat(page.locator("#extra-minutes")).hasText("15");
        context.clearCookies();
        page.navigate(linkC + "/q/1");
        long after = Long.parseLong(page.locator("main.screen-take").getAttribute("data-remaining"));
        assertThat(after).isGreaterThan(before + 14 * 60);

        // the CSV of the first screen, parsed back
        context.clearCookies();
        signIn(recruiter, TestAccounts.PASSWORD);
        page.navigate(screenUrl);
        Download download = page.waitForDownload(() -> page.locator("#csv").click());
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(download.path());
             var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            csv.forEach(r -> rows.put(r.get("email"), r));
        }
        assertThat(rows.get(a).get("score")).isEqualTo("27.00");
        assertThat(rows.get(a).get("passed")).isEqualTo("true");
        assertThat(rows.get(a).get("status")).isEqualTo("SUBMITTED");
        assertThat(rows.get(b).get("score")).isEqualTo("10.00");
        assertThat(rows.get(b).get("passed")).isEqualTo("false");
    }

    private void addQuestion(String search, String slug) {
        page.getByLabel("Search questions").fill(search);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        page.locator("#bank tr[data-slug=" + slug + "]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(page.locator("#screen-questions tr[data-slug=" + slug + "]")).isVisible();
    }

    private void typeCode(String code) {
        page.locator(".CodeMirror").click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(code);
    }

    /** Reloads until the text shows (grading happens in the background). */
    private void awaitText(Locator locator, String text) {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!locator.textContent().contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("expected '" + text + "' but was '" + locator.textContent() + "'");
            }
            page.waitForTimeout(1000);
            page.reload();
        }
    }

    private static Map<String, String> mailedLinks(int count) throws Exception {
        assertThat(MAIL.waitForIncomingEmail(30_000, count)).isTrue();
        Map<String, String> links = new HashMap<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            Matcher matcher = LINK.matcher(GreenMailUtil.getBody(m));
            assertThat(matcher.find()).isTrue();
            List<String> to = Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
            links.put(to.getFirst(), matcher.group());
        }
        return links;
    }
}
