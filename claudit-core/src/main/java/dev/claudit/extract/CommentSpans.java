package dev.claudit.extract;

import dev.claudit.facts.FileKind;

import java.util.Arrays;

/**
 * Where a file's comments are. A suppression marker counts only inside a comment: a marker in a string literal
 * ({@code "sk-ant-… claudit:ignore"}) is data the scanned repository chose, not a reviewer's note. The extractors
 * whose lexers skip comments (JavaScript, Gradle and Kotlin) record them here as they go ({@link #collecting()}),
 * so that a regular expression or a template literal holding {@code //} is not taken for one; for the other kinds,
 * and when such a lexer fails, {@link #of} finds them with a small lexer per kind: its comment openers, and the
 * string literals in which an opener is only text. A span a lexer gets wrong errs towards code (the finding is
 * shown), never towards hiding one.
 */
public final class CommentSpans {

    private int[] spans = new int[16]; // start, end pairs, in order
    private int size;
    private boolean sorted = true;

    private CommentSpans() {
    }

    /** An empty set that a lexer fills with {@link #add} as it skips comments. */
    public static CommentSpans collecting() {
        return new CommentSpans();
    }

    /** Whether {@code index} lies in a comment. */
    boolean contains(int index) {
        if (!sorted) sort();
        int lo = 0;
        int hi = size / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (index < spans[2 * mid]) hi = mid - 1;
            else if (index >= spans[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private void sort() {
        Integer[] order = new Integer[size / 2];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(spans[2 * a], spans[2 * b]));
        int[] copy = new int[spans.length];
        for (int i = 0; i < order.length; i++) {
            copy[2 * i] = spans[2 * order[i]];
            copy[2 * i + 1] = spans[2 * order[i] + 1];
        }
        spans = copy;
        sorted = true;
    }

    /** The comments of {@code text} by the small lexer for its kind. */
    static CommentSpans of(String text, FileKind kind) {
        CommentSpans c = new CommentSpans();
        switch (kind) {
            case JAVA, JAVASCRIPT, GRADLE, KOTLIN, JSON -> c.cLike(text, kind == FileKind.JAVASCRIPT);
            case PROPERTIES -> c.lineStart(text, "#!");
            case TEXT -> c.text(text);
            default -> c.hash(text, kind == FileKind.SHELL || kind == FileKind.DOCKERFILE);
        }
        return c;
    }

    /** Records the comment {@code [start, end)} (offsets in the whole text). */
    public void add(int start, int end) {
        if (size > 0 && start < spans[size - 1]) sorted = false;
        if (size + 2 > spans.length) spans = Arrays.copyOf(spans, spans.length * 2);
        spans[size++] = start;
        spans[size++] = end;
    }

    private static int lineEnd(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) != '\n' && t.charAt(i) != '\r') i++;
        return i;
    }

    /** Java, Kotlin, Gradle, JavaScript/TypeScript (and Vue/Svelte: HTML comments), JSON with comments. */
    private void cLike(String t, boolean html) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char ch = t.charAt(i);
            if (ch == '/' && i + 1 < n && t.charAt(i + 1) == '/') {
                int e = lineEnd(t, i);
                add(i, e);
                i = e;
            } else if (ch == '/' && i + 1 < n && t.charAt(i + 1) == '*') {
                int e = t.indexOf("*/", i + 2);
                e = e < 0 ? n : e + 2;
                add(i, e);
                i = e;
            } else if (html && ch == '<' && t.startsWith("<!--", i)) {
                int e = t.indexOf("-->", i + 4);
                e = e < 0 ? n : e + 3;
                add(i, e);
                i = e;
            } else if (ch == '"' && t.startsWith("\"\"\"", i)) {
                int e = t.indexOf("\"\"\"", i + 3); // text block or raw string
                i = e < 0 ? n : e + 3;
            } else if (ch == '"' || ch == '\'' || (ch == '`' && html)) {
                i = stringEnd(t, i, ch, ch == '`');
            } else {
                i++;
            }
        }
    }

    /** Just past the literal opened by {@code quote} at {@code open}: backslash escapes; ends at the line end unless multi-line. */
    private static int stringEnd(String t, int open, char quote, boolean multiLine) {
        int i = open + 1;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\\') i += 2;
            else if (c == quote) return i + 1;
            else if (!multiLine && (c == '\n' || c == '\r')) return i;
            else i++;
        }
        return t.length();
    }

    /** .properties: a comment is a line whose first non-blank character is one of {@code openers}; a '#' later is value. */
    private void lineStart(String t, String openers) {
        int i = 0;
        while (i < t.length()) {
            int e = lineEnd(t, i);
            int k = i;
            while (k < e && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\f')) k++;
            if (k < e && openers.indexOf(t.charAt(k)) >= 0) add(k, e);
            i = e + 1;
        }
    }

    /**
     * YAML, .env, shell, Dockerfile: '#' at a line start or after a blank, outside quotes. Shell quotes may span lines
     * ({@code shell}); in YAML and .env a quote opens a string only where a value starts, and ends with its line.
     */
    private void hash(String t, boolean shell) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char ch = t.charAt(i);
            char before = i == 0 ? '\n' : t.charAt(i - 1);
            if (ch == '#' && (Character.isWhitespace(before))) {
                int e = lineEnd(t, i);
                add(i, e);
                i = e;
            } else if ((ch == '"' || ch == '\'') && (shell || Character.isWhitespace(before) || "=:[{,-".indexOf(before) >= 0)) {
                if (ch == '\'' && shell) {
                    int e = t.indexOf('\'', i + 1); // no escapes in single quotes
                    i = e < 0 ? n : e + 1;
                } else if (ch == '\'') {
                    int e = t.indexOf('\'', i + 1);
                    int le = lineEnd(t, i);
                    i = e < 0 || e > le ? le : e + 1;
                } else {
                    i = stringEnd(t, i, '"', shell);
                }
            } else if (ch == '\\' && shell) {
                i += 2; // an escaped quote or '#'
            } else {
                i++;
            }
        }
    }

    /** Any other text: '#', '//', '/*' and '<!--' comments, outside double quotes on their line. */
    private void text(String t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char ch = t.charAt(i);
            char before = i == 0 ? '\n' : t.charAt(i - 1);
            if ((ch == '#' && (Character.isWhitespace(before) || before == ';')) || (ch == '/' && t.startsWith("//", i) && Character.isWhitespace(before))) {
                int e = lineEnd(t, i);
                add(i, e);
                i = e;
            } else if (ch == '/' && t.startsWith("/*", i)) {
                int e = t.indexOf("*/", i + 2);
                e = e < 0 ? n : e + 2;
                add(i, e);
                i = e;
            } else if (ch == '<' && t.startsWith("<!--", i)) {
                int e = t.indexOf("-->", i + 4);
                e = e < 0 ? n : e + 3;
                add(i, e);
                i = e;
            } else if (ch == '"') {
                i = stringEnd(t, i, '"', false);
            } else {
                i++;
            }
        }
    }
}
