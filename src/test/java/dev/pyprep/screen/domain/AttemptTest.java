package dev.pyprep.screen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class AttemptTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static Screen publishedScreen(int minutes) {
        Screen screen = new Screen(1, ScreenKind.RECRUITER, new ScreenSettings("S", "", minutes, 50, false, false, false), at(T0));
        screen.addQuestion(7, "q", 70, 10);
        screen.publish(id -> 71, at(T0));
        ReflectionTestUtils.setField(screen, "id", 5L);
        return screen;
    }

    private static Invite invite(int extra) {
        Invite invite = new Invite(5, "a@b.c", InviteToken.generate(), T0.plus(Duration.ofDays(7)), at(T0));
        ReflectionTestUtils.setField(invite, "id", 9L);
        if (extra > 0) {
            invite.addMinutes(extra);
        }
        return invite;
    }

    @Test
    void startFixesTheDeadlineFromTheClockTheLimitAndTheExtraMinutes() {
        Attempt attempt = Attempt.start(invite(5), publishedScreen(30), null, List.of(1L), at(T0));
        assertThat(attempt.getDeadlineAt()).isEqualTo(T0.plus(Duration.ofMinutes(35)));
        assertThat(attempt.remainingSeconds(at(T0.plusSeconds(60)))).isEqualTo(34 * 60);
    }

    @Test
    void submitAfterTheDeadlineIsRefusedAndASubmittedAttemptCannotBeSubmittedAgain() {
        Attempt late = Attempt.start(invite(0), publishedScreen(30), null, List.of(1L), at(T0));
        assertThatThrownBy(() -> late.submit(at(T0.plus(Duration.ofMinutes(30))))).isInstanceOf(DeadlinePassedException.class);

        Attempt done = Attempt.start(invite(0), publishedScreen(30), null, List.of(1L), at(T0));
        done.submit(at(T0.plusSeconds(10)));
        assertThatThrownBy(() -> done.submit(at(T0.plusSeconds(20)))).isInstanceOf(DeadlinePassedException.class);
        assertThatThrownBy(() -> done.closeAtDeadline(at(T0.plus(Duration.ofHours(1))))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAtTheDeadlineCountsAsSubmittedAtTheDeadlineAndExtraTimeMovesIt() {
        Attempt attempt = Attempt.start(invite(0), publishedScreen(30), null, List.of(1L), at(T0));
        assertThatThrownBy(() -> attempt.closeAtDeadline(at(T0.plusSeconds(60)))).isInstanceOf(IllegalStateException.class);
        attempt.extend(10);
        assertThat(attempt.open(at(T0.plus(Duration.ofMinutes(35))))).isTrue();
        attempt.closeAtDeadline(at(T0.plus(Duration.ofMinutes(41))));
        assertThat(attempt.getSubmittedAt()).isEqualTo(T0.plus(Duration.ofMinutes(40)));
        assertThat(attempt.getClosedBy()).isEqualTo(Attempt.ClosedBy.DEADLINE);
        assertThatThrownBy(() -> attempt.extend(5)).isInstanceOf(ScreenStateException.class);
    }

    @Test
    void aPublishedScreenCannotBeEditedAndPublishingPinsTheCurrentVersion() {
        Screen screen = publishedScreen(30);
        assertThat(screen.getQuestions().getFirst().getVersionId()).isEqualTo(71);
        assertThatThrownBy(() -> screen.edit(new ScreenSettings("T", "", 10, 50, false, false, false)))
                .isInstanceOf(ScreenStateException.class);
        assertThatThrownBy(() -> screen.addQuestion(8, "r", 80, 5)).isInstanceOf(ScreenStateException.class);
        Screen copy = screen.duplicate(2, at(T0));
        assertThat(copy.getStatus()).isEqualTo(ScreenStatus.DRAFT);
        assertThat(copy.getQuestions()).hasSize(1);
    }

    @Test
    void anInviteCannotBeStartedOnceExpiredOrRevoked() {
        Invite expired = invite(0);
        assertThatThrownBy(() -> expired.started(at(T0.plus(Duration.ofDays(8))))).isInstanceOf(ScreenStateException.class);
        assertThat(expired.getStatus()).isEqualTo(InviteStatus.EXPIRED);
        Invite revoked = invite(0);
        revoked.revoke();
        assertThatThrownBy(() -> revoked.started(at(T0))).isInstanceOf(ScreenStateException.class);
    }

    @Test
    void inviteTokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
        InviteToken token = InviteToken.generate();
        assertThat(Base64.getUrlDecoder().decode(token.raw())).hasSize(32);
        assertThat(InviteToken.wellFormed(token.raw())).isTrue();
        assertThat(token.hash()).hasSize(32).isNotEqualTo(token.raw().getBytes());
        assertThat(token.toString()).doesNotContain(token.raw());
        Invite invite = new Invite(5, "a@b.c", token, T0, at(T0));
        assertThat((byte[]) ReflectionTestUtils.getField(invite, "tokenHash")).isEqualTo(InviteToken.hash(token.raw()));
    }
}
