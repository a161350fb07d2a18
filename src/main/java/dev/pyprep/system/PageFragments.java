package dev.pyprep.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template of its own (a page's body, without the layout) to a string, for the request being served, so that
 * a feature can keep the result and hand it to its page with {@code th:utext}. Links ({@code @{...}}), messages
 * ({@code #{...}}) and {@code #temporals} work as in a page. What is kept must not depend on anything but what its
 * owner keys it by: no form that posts (its CSRF token is the session's), no name of the viewer unless the key is the
 * viewer. Links are never rewritten with a session id here (and the server tracks sessions by cookie only), so a kept
 * body cannot carry one viewer's session to another.
 */
@Component
public class PageFragments {

    private final ITemplateEngine engine;
    private volatile JakartaServletWebApplication application; // from the first request: a grader process has no web

    public PageFragments(ITemplateEngine engine) {
        this.engine = engine;
    }

    public String render(String template, Map<String, Object> variables, Locale locale, HttpServletRequest request,
                         HttpServletResponse response) {
        WebContext context = new WebContext(application(request.getServletContext())
                .buildExchange(request, new NoUrlRewriting(response)), locale, variables);
        return engine.process(template, context);
    }

    private JakartaServletWebApplication application(ServletContext servletContext) {
        JakartaServletWebApplication a = application;
        if (a == null) {
            a = JakartaServletWebApplication.buildApplication(servletContext); // the same for every request
            application = a;
        }
        return a;
    }

    private static final class NoUrlRewriting extends HttpServletResponseWrapper {

        NoUrlRewriting(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }
}
