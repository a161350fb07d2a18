package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import dev.pyprep.question.store.TestImports;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import dev.pyprep.screen.domain.ScreenSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class TakePageTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired ScreenEditor editor;
    @Autowired Invitations invitations;
    @Autowired Questions questions;
    @Autowired ApplicationContext context;

    @TempDir
    Path bank;

    private String takeFirstQuestion(Viewer recruiter, boolean hints, String... slugs) throws IOException {
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        long screen = editor.create(recruiter, new ScreenSettings("Hints " + hints, "", 20, 50, false, hints, false));
        for (String slug : slugs) {
            editor.addQuestion(recruiter, screen, setup.summary(slug).questionId(), 10);
        }
        editor.publish(recruiter, screen);
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "take@test.local").getFirst());
        assertThat(mvc.post().uri("/s/" + token + "/start").with(csrf())).hasStatus3xxRedirection();
        return mvc.get().uri("/s/" + token + "/q/1").exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theTakePageShowsNoAnswerKeyOrExplanationAndHintsOnlyWhenTheScreenAllowsThem() throws IOException {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Files.writeString(bank.resolve("hinted-mc.yaml"), Files.readString(Path.of("src/test/resources/fixture-questions/fx-default-args.yaml"))
                .replace("options:", "hints:\n  - Think about when def runs hint-text-5521\noptions:"));
        TestImports.importFolder(context, bank);
        Viewer recruiter = new Viewer(accounts.id(accounts.create(Role.RECRUITER)), false);

        String withoutHints = takeFirstQuestion(recruiter, false, "hinted-mc");
        assertThat(withoutHints).contains("Once, when the def statement runs", "Every time f is called without items")
                .doesNotContain("hint-text-5521", "Defaults are evaluated once", "shared-list bug");
        String withHints = takeFirstQuestion(recruiter, true, "hinted-mc");
        assertThat(withHints).contains("hint-text-5521").doesNotContain("Defaults are evaluated once");

        String concept = takeFirstQuestion(recruiter, true, "fx-gil");
        assertThat(concept).contains("Explain what CPython").doesNotContain("reference counts", "counter += 1 can still interleave");
        String coding = takeFirstQuestion(recruiter, true, "fx-shout");
        assertThat(coding).contains("def shout(s)").doesNotContain("zq-secret-input-7731", "forgets the exclamation mark",
                "return s.upper() + \"!\"");
        String predict = takeFirstQuestion(recruiter, true, "fx-late-binding");
        assertThat(predict).doesNotContain("[2, 2, 2]");
    }
}
