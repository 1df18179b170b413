package dev.claudit.report;

import java.util.regex.Pattern;

/** Rule help written in markdown, flattened for SARIF's plain {@code help.text} (viewers without markdown show it). */
final class PlainText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*```.*\\n?");

    private PlainText() {
    }

    static String of(String markdown) {
        if (markdown == null) return "";
        String s = FENCE.matcher(markdown).replaceAll("");
        s = HEADING.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1 ($2)");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s.replace("`", "").strip();
    }
}
