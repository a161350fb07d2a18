package dev.pyprep.screen;

import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.IssuedInvite;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import dev.pyprep.screen.domain.ScreenSettings;
import java.util.List;

/** Builds published screens through the recruiter's own service calls, for tests of what happens next. */
record ScreenSetup(ScreenEditor editor, Invitations invitations, Questions questions) {

    long published(Viewer recruiter, int minutes, String... slugs) {
        long id = editor.create(recruiter, new ScreenSettings("Screen " + System.nanoTime(), "Do your **best**.", minutes,
                50, false, false, true));
        for (String slug : slugs) {
            editor.addQuestion(recruiter, id, summary(slug).questionId(), 10);
        }
        editor.publish(recruiter, id);
        return id;
    }

    List<IssuedInvite> invite(Viewer recruiter, long screenId, String... emails) {
        return invitations.invite(recruiter, screenId, List.of(emails), 7, "http://localhost");
    }

    /** The token part of an invite link. */
    static String token(IssuedInvite invite) {
        return invite.link().substring(invite.link().lastIndexOf('/') + 1);
    }

    QuestionSummary summary(String slug) {
        return questions.catalog().stream().filter(q -> q.slug().equals(slug)).findFirst().orElseThrow();
    }
}
