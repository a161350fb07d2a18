package dev.pyprep.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How printed output is compared when trailing white space must not matter (predict-the-output, text_trailing). */
public final class PrintedText {

    private PrintedText() {
    }

    /** Lines without trailing white space, without trailing blank lines, with \n line ends. */
    public static String trimTrailing(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
        lines.replaceAll(String::stripTrailing);
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    public static boolean sameIgnoringTrailingSpace(String a, String b) {
        return trimTrailing(a).equals(trimTrailing(b));
    }
}
