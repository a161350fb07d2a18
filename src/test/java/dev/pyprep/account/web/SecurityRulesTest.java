package dev.pyprep.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.account.LoginThrottle;
import dev.pyprep.account.Role;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security rules alone (a web slice: SecurityConfig in front of a probe controller that answers every path), so
 * every role x area combination is checked in milliseconds. The full application is exercised by SignInTest and the
 * page tests.
 */
@WebMvcTest(controllers = SecurityRulesTest.Probe.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "dev\\.pyprep\\.(?!account\\.).*"))
@Import({SecurityConfig.class, LoginThrottle.class, SecurityRulesTest.Probe.class, SecurityRulesTest.Time.class})
class SecurityRulesTest {

    @RestController
    static class Probe {
        @RequestMapping({"/questions/**", "/progress", "/admin/**", "/recruiter/**", "/api/**", "/account/**",
                "/no-such-thing", "/signup", "/login"})
        String ok() {
            return "reached";
        }
    }

    @TestConfiguration
    static class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    MockMvcTester mvc;

    private static RequestPostProcessor as(Role role) {
        return user(new CurrentAccount(7, role.name().toLowerCase() + "@test.local", "T", role, "{noop}x", false));
    }

    @Test
    void anonymousVisitorsAreSentToSignInForPagesAndGet401FromTheApi() {
        for (String page : new String[]{"/questions", "/questions/two-sum", "/progress", "/admin/questions", "/recruiter"}) {
            assertThat(mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        }
        assertThat(mvc.get().uri("/api/submissions/1")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/login")).hasStatusOk();
        assertThat(mvc.get().uri("/signup")).hasStatusOk();
    }

    @Test
    void candidatesPractiseButNeverReachStaffAreas() {
        for (String page : new String[]{"/questions/two-sum", "/progress", "/api/submissions/1"}) {
            assertThat(mvc.get().uri(page).with(as(Role.CANDIDATE))).hasStatusOk();
        }
        for (String page : new String[]{"/admin", "/admin/questions", "/admin/accounts", "/recruiter", "/recruiter/screens"}) {
            assertThat(mvc.get().uri(page).with(as(Role.CANDIDATE))).as(page).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void recruitersReachTheirAreaButNotAdministration() {
        assertThat(mvc.get().uri("/recruiter/screens").with(as(Role.RECRUITER))).hasStatusOk();
        assertThat(mvc.get().uri("/admin/questions").with(as(Role.RECRUITER))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void administratorsReachEveryStaffArea() {
        assertThat(mvc.get().uri("/admin/questions").with(as(Role.ADMIN))).hasStatusOk();
        assertThat(mvc.get().uri("/recruiter/screens").with(as(Role.ADMIN))).hasStatusOk();
    }

    @Test
    void routesWithoutARuleAreDeniedEvenToAdministrators() {
        assertThat(mvc.get().uri("/no-such-thing").with(as(Role.ADMIN))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void postsWithoutACsrfTokenAreRejected() {
        assertThat(mvc.post().uri("/api/submissions").with(as(Role.CANDIDATE)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/submissions").with(as(Role.CANDIDATE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).hasStatusOk();
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        var mustChange = user(new CurrentAccount(8, "new@test.local", "New", Role.ADMIN, "{noop}x", true));
        assertThat(mvc.get().uri("/admin/questions").with(mustChange)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/account/password");
        assertThat(mvc.get().uri("/account/password").with(mustChange)).hasStatusOk();
    }
}
