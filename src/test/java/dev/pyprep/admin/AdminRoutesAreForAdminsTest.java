package dev.pyprep.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

/** Every /admin route and action, read from the handler mappings so new ones are covered without editing this test. */
@PyPrepTest
class AdminRoutesAreForAdminsTest {

    record Route(HttpMethod method, String path) {
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void candidatesAndRecruitersGet403OnEveryAdminRouteAndAction() {
        List<Route> routes = adminRoutes();
        assertThat(routes).extracting(Route::path).contains("/admin", "/admin/questions", "/admin/accounts",
                "/admin/audit", "/admin/upload", "/admin/questions/x1/publish", "/admin/accounts/1/disable");
        for (Role role : List.of(Role.CANDIDATE, Role.RECRUITER)) {
            var who = accounts.as(accounts.create(role));
            for (Route route : routes) {
                assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .request(route.method(), route.path()).with(who).with(csrf())))
                        .as(role + " " + route).hasStatus(HttpStatus.FORBIDDEN);
            }
        }
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        for (Route route : adminRoutes()) {
            if (route.method() == HttpMethod.GET) {
                assertThat(mvc.get().uri(route.path())).as(route.toString()).hasStatus(HttpStatus.FOUND)
                        .redirectedUrl().endsWith("/login");
            }
        }
    }

    private List<Route> adminRoutes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/admin")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{id}", "1").replaceAll("\\{[^}]+}", "x1");
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), path));
                }
            }
        });
        return routes;
    }
}
