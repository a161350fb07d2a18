package dev.pyprep.grading.web;

import dev.pyprep.grading.GradingSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies far larger than any valid submission before they are read into memory, with the same
 * clear message a too-large submission gets. (The exact code-size rule is checked after parsing.)
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final long limit;

    RequestSizeLimit(GradingSettings settings) {
        this.limit = settings.maxCodeSize().toBytes() * 4 + 128 * 1024; // room for JSON escaping and custom input
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"The request is %d KB; submissions are limited to %d KB of code. Nothing was submitted.\"}"
                    .formatted(request.getContentLengthLong() / 1024, limit / 1024 / 4));
            return;
        }
        chain.doFilter(request, response);
    }
}
