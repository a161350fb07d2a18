package dev.pyprep.screen.web;

/** Run or Submit from the take page. */
record CodeRequest(String code, String customInput) {
}
