package dev.claudit.extract;

import dev.claudit.facts.Location;

import java.util.Arrays;

/** Maps character offsets to 1-based line and column; a line ends at LF, CRLF or a lone CR. */
public final class LineIndex {

    private final int[] starts;
    private final String path;
    private final int lineOffset;
    private final int columnOffset;

    public LineIndex(String path, CharSequence text) {
        this(path, text, 0, 0);
    }

    /** The lines of a window of a larger file that starts at line {@code lineOffset + 1}, column {@code columnOffset + 1}. */
    LineIndex(String path, CharSequence text, int lineOffset, int columnOffset) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.columnOffset = columnOffset;
        this.starts = text instanceof String string && string.indexOf('\r') < 0 ? linefeedStarts(string) : starts(text);
    }

    /** The line starts of any text, read a character at a time. */
    private static int[] starts(CharSequence text) {
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
        return Arrays.copyOf(s, count);
    }

    /**
     * The line starts of a text without CR, whose lines end at LF only: found by {@code String.indexOf}, which
     * scans the string's own bytes, where {@link #starts} asks for each character (every file read is indexed).
     */
    private static int[] linefeedStarts(String text) {
        int[] s = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == s.length) s = Arrays.copyOf(s, s.length * 2);
            s[count++] = i + 1;
        }
        return Arrays.copyOf(s, count);
    }

    public int line(int offset) {
        return localLine(offset) + lineOffset;
    }

    public int column(int offset) {
        int local = localLine(offset);
        return offset - starts[local - 1] + 1 + (local == 1 ? columnOffset : 0);
    }

    /** The location of {@code length} characters starting at {@code offset} (on one line). */
    public Location span(int offset, int length) {
        int local = localLine(offset);
        int col = offset - starts[local - 1] + 1 + (local == 1 ? columnOffset : 0);
        int line = local + lineOffset;
        return new Location(path, line, col, line, col + Math.max(0, length - 1));
    }

    private int localLine(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int lineCount() {
        return starts.length;
    }

    public int lineStart(int line) {
        return starts[line - 1];
    }
}
