package dev.claudit.extract.shell;

import dev.claudit.extract.LineIndex;
import dev.claudit.facts.Location;

/**
 * Where each character of a script sits in the scanned file. A shell file is its own script; a YAML
 * {@code run:} block or a Dockerfile {@code RUN} is a script the host format has re-assembled (indentation
 * removed, lines folded, continuations joined), so its characters are mapped back one by one.
 */
public final class SourceMap {

    /** How far an embedded script may skip ahead in the file to re-find a character (escapes, quotes, indentation). */
    private static final int MAX_SKIP = 12;

    private final String path;
    private final LineIndex lines;
    private final int base;
    private final int[] offsets;

    private SourceMap(String path, LineIndex lines, int base, int[] offsets) {
        this.path = path;
        this.lines = lines;
        this.base = base;
        this.offsets = offsets;
    }

    /** The script is the file's text from {@code base} on, character for character. */
    public static SourceMap identity(String path, LineIndex lines, int base) {
        return new SourceMap(path, lines, base, null);
    }

    /** Each script character {@code i} sits at file offset {@code offsets[i]}. */
    public static SourceMap of(String path, LineIndex lines, int[] offsets) {
        return new SourceMap(path, lines, 0, offsets.clone());
    }

    /**
     * Maps a script that a host format re-assembled from {@code fileText} starting at {@code start}: each
     * character is matched to its next occurrence in the file, skipping what the host format removed
     * (indentation, line folds, quote escapes). When the two lose step, the rest is placed after the last
     * matched character: a location is then approximate but stays inside the block.
     */
    public static SourceMap aligned(String path, LineIndex lines, String fileText, int start, String script) {
        int[] map = new int[script.length()];
        int p = Math.max(0, Math.min(start, fileText.length()));
        boolean lost = false;
        for (int k = 0; k < script.length(); k++) {
            char c = script.charAt(k);
            if (lost || p >= fileText.length()) {
                map[k] = Math.min(p, Math.max(0, fileText.length() - 1));
                continue;
            }
            if (fileText.charAt(p) == c) {
                map[k] = p++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                // a fold or a removed line break: the script's blank stands where the file's blanks are
                map[k] = p;
                if (Character.isWhitespace(fileText.charAt(p))) p++;
                continue;
            }
            int found = -1;
            for (int q = p; q < fileText.length() && q <= p + MAX_SKIP; q++) {
                if (fileText.charAt(q) == c) {
                    found = q;
                    break;
                }
                char s = fileText.charAt(q);
                if (!Character.isWhitespace(s) && s != '\\' && s != '"' && s != '\'' && q > p + 3) break;
            }
            if (found < 0) {
                // skip a longer run of indentation or blank lines
                int q = p;
                while (q < fileText.length() && Character.isWhitespace(fileText.charAt(q))) q++;
                if (q < fileText.length() && fileText.charAt(q) == c) found = q;
            }
            if (found < 0) {
                lost = true;
                map[k] = p;
            } else {
                map[k] = found;
                p = found + 1;
            }
        }
        return new SourceMap(path, lines, 0, map);
    }

    /** The file offset of script offset {@code i}. */
    public int offset(int i) {
        if (offsets == null) return base + i;
        if (offsets.length == 0) return 0;
        return offsets[Math.max(0, Math.min(i, offsets.length - 1))];
    }

    /** The location of the script characters {@code [start, end)}; an empty range is the point at {@code start}. */
    public Location span(int start, int end) {
        int a = offset(start);
        int b = offset(Math.max(start, end - 1));
        if (b < a) b = a;
        return new Location(path, lines.line(a), lines.column(a), lines.line(b), lines.column(b));
    }

    public String path() {
        return path;
    }

    public LineIndex lines() {
        return lines;
    }
}
