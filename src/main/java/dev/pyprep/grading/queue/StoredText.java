package dev.pyprep.grading.queue;

/**
 * Makes text from a sandbox storable: NUL (which PostgreSQL refuses in text) becomes the visible symbol U+2400, and
 * the text is cut to a column's size without splitting a surrogate pair.
 */
final class StoredText {

    static final char NUL_SYMBOL = '\u2400';

    private StoredText() {
    }

    static String clean(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String s = text.indexOf('\0') >= 0 ? text.replace('\0', NUL_SYMBOL) : text;
        if (s.length() <= maxChars) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return s.substring(0, end);
    }
}
