package dev.claudit.facts;

/**
 * Text with the escapes and line continuations of the formats claudit reads undone, and where each character came
 * from: {@code \}{@code uXXXX} (JSON, JS, Java), {@code \xXX} (YAML, JS), a {@code \n}, {@code \t} or {@code \r}
 * escape (a separator), a backslash before a line end with the next line's indentation (.properties, Dockerfile,
 * shell, YAML double quotes), and quotes closed and reopened between two token characters ({@code "sk-ant-"'api03…'},
 * shell and .env). A key written in any of these forms reads whole here; {@link #origin} maps it back to its bytes.
 *
 * @param text   the decoded text
 * @param origin    for each character of {@code text}, the index in the original where its source starts
 * @param originEnd for each character of {@code text}, the index just past its source (an escape is longer than one)
 */
public record EscapedText(String text, int[] origin, int[] originEnd) {

    /** Whether {@code s} holds anything {@link #of} would change. */
    public static boolean mayChange(String s) {
        return s.indexOf('\\') >= 0 || s.contains("\"'") || s.contains("'\"") || s.contains("\"\"") || s.contains("''");
    }

    /**
     * False only when {@link #of} cannot turn {@code s} into text holding {@code "-ant-"} (the middle of a key's mark):
     * the five characters are not written plainly, and none of the ways {@link #of} makes one of them is in {@code s}
     * — a {@code \\u} or {@code \\x} escape of {@code -}, {@code a}, {@code n} or {@code t}; {@code \\-} or
     * {@code \\a}; a line continuation; quotes joined after one of those characters. The credential scan decodes a
     * file only when this holds: most files have a backslash and an "sk" somewhere, few have this.
     */
    public static boolean mayDecodeToKeyMark(String s) {
        if (s.contains("-ant-")) return true;
        // each backslash: an escape of one of the mark's characters, or a line continuation
        for (int i = s.indexOf('\\'); i >= 0 && i + 1 < s.length(); i = s.indexOf('\\', i + 1)) {
            char e = s.charAt(i + 1);
            if (e == '-' || e == 'a' || e == '\n' || e == '\r') return true;
            int digits = e == 'u' ? 4 : e == 'x' ? 2 : 0;
            if (digits > 0 && hex(s, i + 2, digits) && markChar(Integer.parseInt(s.substring(i + 2, i + 2 + digits), 16))) return true;
        }
        return joinedAfterMarkChar(s, '"') || joinedAfterMarkChar(s, '\'');
    }

    /** A quote {@code q} after one of the mark's characters and before another quote: where {@link #of} may join two words. */
    private static boolean joinedAfterMarkChar(String s, char q) {
        for (int i = s.indexOf(q, 1); i >= 0 && i + 1 < s.length(); i = s.indexOf(q, i + 1)) {
            char next = s.charAt(i + 1);
            if ((next == '"' || next == '\'') && markChar(s.charAt(i - 1))) return true;
        }
        return false;
    }

    private static boolean markChar(int c) {
        return c == '-' || c == 'a' || c == 'n' || c == 't';
    }

    public static EscapedText of(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n];
        int[] ends = new int[n];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = s.charAt(i + 1);
                if (e == 'u' && hex(s, i + 2, 4)) {
                    emit(out, origin, ends, (char) Integer.parseInt(s.substring(i + 2, i + 6), 16), i, i + 6);
                    i += 6;
                    continue;
                }
                if (e == 'x' && hex(s, i + 2, 2)) {
                    emit(out, origin, ends, (char) Integer.parseInt(s.substring(i + 2, i + 4), 16), i, i + 4);
                    i += 4;
                    continue;
                }
                if (e == 'n' || e == 't' || e == 'r') {
                    emit(out, origin, ends, ' ', i, i + 2);
                    i += 2;
                    continue;
                }
                if (e == '\n' || e == '\r') {
                    i += 2;
                    if (e == '\r' && i < n && s.charAt(i) == '\n') i++;
                    while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
                    continue;
                }
                // any other escape, an escaped backslash included, stands for its second character
                emit(out, origin, ends, e, i, i + 2);
                i += 2;
                continue;
            }
            if ((c == '"' || c == '\'') && i + 2 < n && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\'')
                    && out.length() > 0 && tokenChar(out.charAt(out.length() - 1)) && tokenChar(s.charAt(i + 2))) {
                i += 2; // "sk-ant-"'api03…': the shell joins the two words
                continue;
            }
            emit(out, origin, ends, c, i, i + 1);
            i++;
        }
        return new EscapedText(out.toString(), java.util.Arrays.copyOf(origin, out.length()), java.util.Arrays.copyOf(ends, out.length()));
    }

    private static void emit(StringBuilder out, int[] origin, int[] ends, char c, int from, int to) {
        origin[out.length()] = from;
        ends[out.length()] = to;
        out.append(c);
    }

    /** Whether {@code text[from, to)} is written differently in the original (an escape or a join inside it). */
    public boolean changed(int from, int to) {
        return originEnd[to - 1] - origin[from] != to - from;
    }

    private static boolean hex(String s, int from, int count) {
        if (from + count > s.length()) return false;
        for (int k = from; k < from + count; k++) if (Character.digit(s.charAt(k), 16) < 0) return false;
        return true;
    }

    private static boolean tokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
