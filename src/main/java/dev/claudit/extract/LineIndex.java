package dev.claudit.extract;

import dev.claudit.facts.Location;

import java.util.Arrays;

/** Maps character offsets to 1-based line and column; a line ends at LF, CRLF or a lone CR. */
public final class LineIndex {

    private final int[] starts;
    private final String path;

    public LineIndex(String path, CharSequence text) {
        this.path = path;
        int[] s = new int[64];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == s.length) s = Arrays.copyOf(s, s.length * 2);
                s[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, count);
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /** The location of {@code length} characters starting at {@code offset} (on one line). */
    public Location span(int offset, int length) {
        int line = line(offset);
        int col = offset - starts[line - 1] + 1;
        return new Location(path, line, col, line, col + Math.max(0, length - 1));
    }

    public int lineCount() {
        return starts.length;
    }

    public int lineStart(int line) {
        return starts[line - 1];
    }
}
