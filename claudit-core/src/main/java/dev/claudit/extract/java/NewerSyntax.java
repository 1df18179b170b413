package dev.claudit.extract.java;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rewrites the Java constructs javaparser's grammar lacks so that the rest of a file parses: a local {@code enum}
 * (declared inside a method or lambda body) is cut out and handed back as a piece of its own, and a string
 * template ({@code STR."… \{x} …"}) loses its processor and embedded expressions. Every rewrite keeps the text's
 * length and line breaks, so positions in the rewritten text and in each piece are those of the original file.
 */
final class NewerSyntax {

    /** The name of the class a cut-out piece is wrapped in; {@code $} keeps it from clashing with a real one. */
    static final String PIECE_CLASS = "$Local";
    private static final String PIECE_OPEN = "class " + PIECE_CLASS + "{";

    /**
     * @param text   the file with every local enum blanked out and string templates made plain strings
     * @param pieces one text per local enum: the enum at its original position, wrapped in a class, the rest blank
     */
    record Rewrite(String text, List<String> pieces, boolean changed) {
    }

    private NewerSyntax() {
    }

    static Rewrite rewrite(String source) {
        char[] out = source.toCharArray();
        List<int[]> localEnums = new ArrayList<>();
        boolean changed = templates(source, out) | localEnums(source, localEnums);
        List<String> pieces = new ArrayList<>();
        for (int[] span : localEnums) {
            piece(source, span[0], span[1]).ifPresent(pieces::add);
            blank(out, span[0], span[1]);
        }
        return new Rewrite(new String(out), pieces, changed);
    }

    // ---------------------------------------------------------------- local enums

    /** Spans {@code [enum, closing brace]} of enums declared directly in a block (a method, lambda or initializer body). */
    private static boolean localEnums(String s, List<int[]> spans) {
        Deque<Boolean> typeBodies = new ArrayDeque<>(); // per open brace: does it open a type body?
        boolean typeHeader = false; // the declaration being read since the last ; { } names a type keyword
        int i = 0;
        while (i < s.length()) {
            int skip = skipNonCode(s, i);
            if (skip != i) {
                i = skip;
                continue;
            }
            char c = s.charAt(i);
            if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) end++;
                String word = s.substring(i, end);
                boolean inBlock = !typeBodies.isEmpty() && !typeBodies.peek();
                if (word.equals("enum") && inBlock && followedByName(s, end)) {
                    int open = s.indexOf('{', end);
                    int close = open < 0 ? -1 : matchingBrace(s, open);
                    if (close < 0) return !spans.isEmpty();
                    spans.add(new int[] {i, close + 1});
                    i = close + 1;
                    typeHeader = false;
                    continue;
                }
                if (word.equals("class") || word.equals("interface") || word.equals("enum")
                        || (word.equals("record") && followedByName(s, end))) {
                    typeHeader = true;
                }
                i = end;
                continue;
            }
            if (c == '{') {
                typeBodies.push(typeHeader);
                typeHeader = false;
            } else if (c == '}') {
                if (!typeBodies.isEmpty()) typeBodies.pop();
                typeHeader = false;
            } else if (c == ';') {
                typeHeader = false;
            }
            i++;
        }
        return !spans.isEmpty();
    }

    private static boolean followedByName(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i < s.length() && Character.isJavaIdentifierStart(s.charAt(i));
    }

    /** The index of the brace closing the one at {@code open}, skipping comments and literals, or -1. */
    private static int matchingBrace(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            int skip = skipNonCode(s, i);
            if (skip != i) {
                i = skip;
                continue;
            }
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
            i++;
        }
        return -1;
    }

    /** The enum alone at its place: everything before it blank but for a wrapping class header, a closing brace after. */
    private static java.util.Optional<String> piece(String s, int start, int end) {
        char[] before = s.substring(0, start).toCharArray();
        blank(before, 0, before.length);
        // the wrapper goes where a line of the blanked prefix is long enough to hold it
        int lineStart = 0;
        for (int k = 0; k <= before.length; k++) {
            if (k == before.length || before[k] == '\n') {
                if (k - lineStart >= PIECE_OPEN.length()) {
                    PIECE_OPEN.getChars(0, PIECE_OPEN.length(), before, lineStart);
                    return java.util.Optional.of(new String(before) + s.substring(start, end) + "\n}\n");
                }
                lineStart = k + 1;
            }
        }
        return java.util.Optional.empty();
    }

    // ---------------------------------------------------------------- string templates

    /** {@code STR."a \{x} b"} becomes {@code     "a      b"}: the processor and each embedded expression are blanked. */
    private static boolean templates(String s, char[] out) {
        boolean changed = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '"') {
                int skip = skipNonCode(s, i);
                i = skip == i ? i + 1 : skip;
                continue;
            }
            boolean block = s.startsWith("\"\"\"", i);
            boolean template = false;
            int k = i + (block ? 3 : 1);
            while (k < s.length()) {
                char d = s.charAt(k);
                if (d == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '{') {
                    int e = embeddedEnd(s, k + 1, block);
                    if (e < 0) return changed; // unterminated: javaparser reports it
                    blank(out, k, e + 1);
                    template = true;
                    k = e + 1;
                } else if (d == '\\') {
                    k += 2;
                } else if (block ? s.startsWith("\"\"\"", k) : d == '"') {
                    k += block ? 3 : 1;
                    break;
                } else if (!block && d == '\n') {
                    break;
                } else {
                    k++;
                }
            }
            if (template) {
                blankProcessor(s, i, out);
                changed = true;
            }
            i = k;
        }
        return changed;
    }

    /** The brace closing an embedded expression whose opening brace is at {@code open}, or -1. */
    private static int embeddedEnd(String s, int open, boolean block) {
        int depth = 0;
        for (int e = open; e < s.length(); e++) {
            char d = s.charAt(e);
            if (d == '{') depth++;
            else if (d == '}' && --depth == 0) return e;
            else if (d == '\n' && !block) return -1;
        }
        return -1;
    }

    /** Blanks {@code PROCESSOR.} (or {@code a.b.PROCESSOR.}) right before a template's opening quote. */
    private static void blankProcessor(String s, int quote, char[] out) {
        int k = quote - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) k--;
        if (k < 0 || s.charAt(k) != '.') return;
        int dot = k;
        k--;
        while (k >= 0 && (Character.isJavaIdentifierPart(s.charAt(k)) || s.charAt(k) == '.')) k--;
        if (k + 1 < dot) blank(out, k + 1, dot + 1);
    }

    // ---------------------------------------------------------------- lexical helpers

    /** Past a comment, string, text block or char literal starting at {@code i}; {@code i} itself when none starts there. */
    private static int skipNonCode(String s, int i) {
        char c = s.charAt(i);
        if (c == '/' && i + 1 < s.length()) {
            if (s.charAt(i + 1) == '/') {
                int e = s.indexOf('\n', i);
                return e < 0 ? s.length() : e;
            }
            if (s.charAt(i + 1) == '*') {
                int e = s.indexOf("*/", i + 2);
                return e < 0 ? s.length() : e + 2;
            }
        }
        if (c == '"' || c == '\'') {
            boolean block = c == '"' && s.startsWith("\"\"\"", i);
            int k = i + (block ? 3 : 1);
            while (k < s.length()) {
                char d = s.charAt(k);
                if (d == '\\') {
                    k += 2;
                    continue;
                }
                if (block ? s.startsWith("\"\"\"", k) : d == c) return k + (block ? 3 : 1);
                if (!block && d == '\n') return k;
                k++;
            }
            return s.length();
        }
        return i;
    }

    /** Spaces for every character but line breaks in {@code [from, to)}. */
    private static void blank(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] != '\n' && text[k] != '\r') text[k] = ' ';
        }
    }
}
