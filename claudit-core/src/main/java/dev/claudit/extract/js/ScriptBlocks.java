package dev.claudit.extract.js;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the {@code <script>} blocks of a Vue or Svelte file, found in one pass: what
 * {@code (?is)<script\b[^>]*>(.*?)</script\s*>} finds, without its backtracking. With the regex, each opening tag
 * that is never closed (or never ends with {@code >}) scanned to the end of the file: quadratic in the number of
 * openings (two files of 1.2 MB took a minute). Here, once no {@code >} or no closing tag is left after a point,
 * none is left after any later point either, and the search stops.
 */
final class ScriptBlocks {

    private ScriptBlocks() {
    }

    /** {@code [start, end)} of each body, in order. */
    static List<int[]> find(CharSequence text) {
        List<int[]> blocks = new ArrayList<>();
        int n = text.length();
        int from = 0;
        while (true) {
            int open = indexOfTag(text, "<script", from);
            if (open < 0) return blocks;
            int afterName = open + "<script".length();
            if (afterName < n && isWordChar(text.charAt(afterName))) {
                from = afterName;
                continue;
            }
            int gt = indexOf(text, '>', afterName);
            if (gt < 0) return blocks;
            int bodyStart = gt + 1;
            int close = -1;
            int closeEnd = -1;
            for (int at = bodyStart; ; ) {
                int c = indexOfTag(text, "</script", at);
                if (c < 0) return blocks; // and no later opening can be closed either
                int i = c + "</script".length();
                while (i < n && isSpace(text.charAt(i))) i++;
                if (i < n && text.charAt(i) == '>') {
                    close = c;
                    closeEnd = i + 1;
                    break;
                }
                at = c + 1;
            }
            blocks.add(new int[]{bodyStart, close});
            from = closeEnd;
        }
    }

    /** The next {@code tag} (ASCII, compared ignoring case) at or after {@code from}, or -1. */
    private static int indexOfTag(CharSequence text, String tag, int from) {
        int last = text.length() - tag.length();
        for (int i = indexOf(text, '<', from); i >= 0 && i <= last; i = indexOf(text, '<', i + 1)) {
            boolean match = true;
            for (int k = 1; k < tag.length() && match; k++) {
                char c = text.charAt(i + k);
                match = (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == tag.charAt(k); // ASCII case only, as the regex's (?i)
            }
            if (match) return i;
        }
        return -1;
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) if (text.charAt(i) == c) return i;
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
