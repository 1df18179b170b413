package dev.claudit.extract.gradle;

import dev.claudit.extract.CommentSpans;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;

import java.util.ArrayList;
import java.util.List;

/**
 * A tokenizer for Gradle build scripts in either DSL (Groovy {@code build.gradle}, Kotlin {@code build.gradle.kts})
 * and for Kotlin sources: identifiers (backticked ones too), numbers, punctuators, comments skipped, and strings in
 * every quoting ({@code '…'}, {@code "…"}, {@code '''…'''}, {@code """…"""}) with escapes cooked and each
 * {@code ${…}} or {@code $name} interpolation kept as its own token list.
 */
final class GradleLexer {

    private static final int MAX_NESTING = 100;
    private static final String[] PUNCTUATORS = {"?:", "?.", "::", "->", "==", "!=", "<=", ">=", "&&", "||", "..", "+=", "-="};

    private final String s;
    private final LineIndex lines;
    private final String format;
    private int pos;
    private int nesting;
    /** Where the comments skipped are recorded, or null. */
    private CommentSpans comments;

    private GradleLexer(String s, LineIndex lines, String format) {
        this.s = s;
        this.lines = lines;
        this.format = format;
    }

    /** The tokens of the whole text; {@code format} names the language in error messages. */
    static List<GradleToken> tokenize(String text, LineIndex lines, String format) throws UnparsableText {
        return tokenize(text, lines, format, null);
    }

    /** The tokens of the whole text, recording in {@code comments} (if not null) each comment skipped. */
    static List<GradleToken> tokenize(String text, LineIndex lines, String format, CommentSpans comments) throws UnparsableText {
        GradleLexer lexer = new GradleLexer(text, lines, format);
        lexer.comments = comments;
        if (text.startsWith("#!")) lexer.pos = lexer.lineEnd(0);
        return lexer.code(false);
    }

    /** Skips the comment at {@code pos} that ends at {@code to}, recording it. */
    private void skipComment(int to) {
        if (comments != null) comments.add(pos, to);
        pos = to;
    }

    /** Tokens until the end of the text, or until the {@code }} closing an interpolation (consumed, not returned). */
    private List<GradleToken> code(boolean untilBrace) throws UnparsableText {
        int opened = pos - 1;
        if (++nesting > MAX_NESTING) throw error(pos, "nested too deeply");
        List<GradleToken> out = new ArrayList<>();
        int depth = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (s.startsWith("//", pos)) {
                skipComment(lineEnd(pos));
            } else if (s.startsWith("/*", pos)) {
                int close = s.indexOf("*/", pos + 2);
                if (close < 0) throw error(pos, "unterminated comment");
                skipComment(close + 2);
            } else if (c == '"' || c == '\'') {
                out.add(string(c));
            } else if (c == '`') {
                int close = s.indexOf('`', pos + 1);
                if (close < 0) throw error(pos, "unterminated backticked name");
                out.add(GradleToken.of(GradleToken.Kind.IDENT, s.substring(pos + 1, close), pos, close + 1));
                pos = close + 1;
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int start = pos;
                while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos)) && s.charAt(pos) != '$') pos++;
                out.add(GradleToken.of(GradleToken.Kind.IDENT, s.substring(start, pos), start, pos));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                        || s.charAt(pos) == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) pos++;
                out.add(GradleToken.of(GradleToken.Kind.NUMBER, s.substring(start, pos), start, pos));
            } else {
                if (untilBrace && c == '}' && depth == 0) {
                    pos++;
                    nesting--;
                    return out;
                }
                if (c == '{') depth++;
                if (c == '}') depth--;
                String p = String.valueOf(c);
                for (String multi : PUNCTUATORS) {
                    if (s.startsWith(multi, pos)) {
                        p = multi;
                        break;
                    }
                }
                out.add(GradleToken.of(GradleToken.Kind.PUNCT, p, pos, pos + p.length()));
                pos += p.length();
            }
        }
        if (untilBrace) throw error(opened, "unterminated ${ interpolation");
        nesting--;
        return out;
    }

    /** A string in any quoting; {@code "} strings and {@code """} strings interpolate, {@code '} ones do not. */
    private GradleToken string(char quote) throws UnparsableText {
        int start = pos;
        boolean triple = s.startsWith(String.valueOf(quote).repeat(3), pos);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        boolean interpolates = quote == '"';
        pos += close.length();
        List<String> pieces = new ArrayList<>();
        List<List<GradleToken>> parts = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw error(start, "unterminated string");
            char c = s.charAt(pos);
            if (s.startsWith(close, pos)) {
                pos += close.length();
                break;
            }
            if (!triple && (c == '\n' || c == '\r')) throw error(start, "unterminated string");
            if (c == '\\' && pos + 1 < s.length()) {
                piece.append(unescape(s.charAt(pos + 1)));
                pos += 2;
            } else if (interpolates && c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '{') {
                pieces.add(piece.toString());
                piece.setLength(0);
                pos += 2;
                parts.add(code(true));
            } else if (interpolates && c == '$' && pos + 1 < s.length() && Character.isJavaIdentifierStart(s.charAt(pos + 1))) {
                pieces.add(piece.toString());
                piece.setLength(0);
                int from = ++pos;
                while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos)) && s.charAt(pos) != '$') pos++;
                parts.add(List.of(GradleToken.of(GradleToken.Kind.IDENT, s.substring(from, pos), from, pos)));
            } else {
                piece.append(c);
                pos++;
            }
        }
        pieces.add(piece.toString());
        return new GradleToken(GradleToken.Kind.STRING, String.join("", pieces), start, pos, pieces, parts);
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }

    private int lineEnd(int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i;
    }

    private UnparsableText error(int at, String problem) {
        return new UnparsableText(format, lines.line(Math.min(at, Math.max(0, s.length() - 1))), problem);
    }
}
