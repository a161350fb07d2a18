package dev.pyprep.system.web;

import dev.pyprep.system.UserError;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one place page controllers' {@link UserError}s are answered: back to the page the form was on, with the message
 * shown there (flash attribute {@code error}). Only same-site paths are followed; anything else goes home.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(UserError.class)
    String userError(UserError e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        return "redirect:" + back(request);
    }

    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String host = request.getServerName();
                if (uri.getPath() != null && uri.getPath().startsWith("/") && !uri.getPath().startsWith("//")
                        && (uri.getHost() == null || uri.getHost().equalsIgnoreCase(host))) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // a malformed Referer: go home
            }
        }
        return "/";
    }
}
