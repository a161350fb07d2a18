package dev.pyprep.account.web;

import dev.pyprep.account.AccountAdministration;
import dev.pyprep.account.CurrentAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request when its account was disabled, changed role or had its password reset since it
 * signed in: the session is invalidated and the person is sent to sign in again (an API call gets 401).
 */
class SessionStillValid extends OncePerRequestFilter {

    private final ObjectProvider<AccountAdministration> accounts;

    /** Without accounts (a web slice test of the rules alone) there is nothing to check against. */
    SessionStillValid(ObjectProvider<AccountAdministration> accounts) {
        this.accounts = accounts;
    }

    /** Static files reveal nothing: no account lookup for them (it cost a third of a static file's throughput). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        AccountAdministration administration = accounts.getIfAvailable();
        if (administration != null && auth != null && auth.getPrincipal() instanceof CurrentAccount me
                && !administration.sessionStillValid(me)) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?ended");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
