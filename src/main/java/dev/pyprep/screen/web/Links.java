package dev.pyprep.screen.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The site's address as the current request reached it, for the invite links mailed and shown. */
final class Links {

    private Links() {
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
