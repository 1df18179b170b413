package dev.claudit.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's help (markdown) as a terminal shows it: headings and {@code **bold**} in bold, {@code `code`} and fenced
 * code blocks in cyan (blocks indented, fences dropped), links as underlined text followed by the URL.
 */
final class TerminalMarkdown {

    static final String BOLD = "\u001b[1m";
    static final String BOLD_OFF = "\u001b[22m";
    static final String CODE = "\u001b[36m";
    static final String CODE_OFF = "\u001b[39m";
    static final String UNDERLINE = "\u001b[4m";
    static final String UNDERLINE_OFF = "\u001b[24m";

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");

    private TerminalMarkdown() {
    }

    static String render(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        String[] lines = markdown.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                out.append("    ").append(CODE).append(line).append(CODE_OFF);
            } else {
                Matcher h = HEADING.matcher(line.strip());
                if (h.matches()) out.append(BOLD).append(inline(h.group(1))).append(BOLD_OFF);
                else out.append(inline(line));
            }
            if (n < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }

    static String bold(String text) {
        return BOLD + text + BOLD_OFF;
    }

    private static String inline(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end > i + 1) {
                    b.append(CODE).append(s, i + 1, end).append(CODE_OFF);
                    i = end + 1;
                    continue;
                }
            } else if (c == '*' && s.startsWith("**", i)) {
                int end = s.indexOf("**", i + 2);
                if (end > i + 2) {
                    b.append(BOLD).append(inline(s.substring(i + 2, end))).append(BOLD_OFF);
                    i = end + 2;
                    continue;
                }
            } else if (c == '[') {
                Matcher m = LINK.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    b.append(UNDERLINE).append(inline(m.group(1))).append(UNDERLINE_OFF).append(" (").append(m.group(2)).append(')');
                    i = m.end();
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }
}
