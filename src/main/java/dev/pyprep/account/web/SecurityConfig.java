package dev.pyprep.account.web;

import dev.pyprep.account.AccountAdministration;
import org.springframework.beans.factory.ObjectProvider;
import dev.pyprep.account.LoginThrottle;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Every route has an explicit rule; anything not listed is denied. (A grader-only process has no web layer.) */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, ObjectProvider<AccountAdministration> accounts)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/signup", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/recruiter/**").hasAnyRole("RECRUITER", "ADMIN")
                        // a screen invite link works without an account: its controller authorises by the token
                        .requestMatchers("/s/**").permitAll()
                        .requestMatchers("/", "/questions", "/questions/**", "/progress", "/progress/**", "/account/**",
                                "/mock", "/mock/**").authenticated()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(successes(throttle))
                        .failureHandler(failures(throttle)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new NegatedRequestMatcher(API)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionStillValid(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequired(), SessionStillValid.class);
        return http.build();
    }

    /** The same answer whether or not the email has an account, so a pause does not reveal which emails exist. */
    private static AuthenticationFailureHandler failures(LoginThrottle throttle) {
        return (request, response, exception) -> {
            String email = request.getParameter("username");
            throttle.failed(email, request.getRemoteAddr());
            boolean paused = throttle.blocked(email, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + (paused ? "/login?locked" : "/login?error"));
        };
    }

    private static AuthenticationSuccessHandler successes(LoginThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/questions");
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName(), request.getRemoteAddr());
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
