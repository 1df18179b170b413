package dev.claudit.extract.js;

import dev.claudit.extract.CommentSpans;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JavaScript/TypeScript tokenizer: identifiers, numbers, punctuators, strings with their escapes cooked,
 * template literals with the tokens of each {@code ${...}} kept apart, comments skipped, and regular
 * expression literals told from division by the token before them. In JSX files, elements are read as
 * such — tags, attribute strings, {@code {...}} expressions — so apostrophes in JSX text do not open
 * strings; an element that turns out not to be one ({@code <T,>() => ...}) is read again as plain tokens.
 *
 * <p>A tokenizer rather than a parser on purpose: the JVM JavaScript engines on Maven Central (Rhino, GraalJS,
 * Closure Compiler) are large, do not read TypeScript or JSX, or both; the facts we need (calls, object
 * literals, env reads) are recognisable on tokens.
 */
final class JsLexer {

    private static final int MAX_NESTING = 200;
    private static final String[] PUNCTUATORS = {">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
            "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "**", "<<", ">>"};
    /** After these keywords an expression starts, so {@code /} opens a regular expression and {@code <} a JSX element. */
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of("return", "typeof", "instanceof", "in", "of", "new", "delete",
            "void", "throw", "case", "do", "else", "yield", "await", "extends");

    private final String s;
    private final int end;
    private final boolean jsx;
    private final LineIndex lines;
    private int pos;
    private int nesting;
    /** Where the comments skipped are recorded, or null. */
    private CommentSpans comments;

    private JsLexer(String s, int from, int to, boolean jsx, LineIndex lines) {
        this.s = s;
        this.pos = from;
        this.end = to;
        this.jsx = jsx;
        this.lines = lines;
    }

    /** The tokens of {@code text[from, to)}; offsets stay those of the whole text. */
    static List<JsToken> tokenize(String text, int from, int to, boolean jsx, LineIndex lines) throws UnparsableText {
        return tokenize(text, from, to, jsx, lines, null);
    }

    /** The tokens of {@code text[from, to)}, recording in {@code comments} (if not null) each comment skipped. */
    static List<JsToken> tokenize(String text, int from, int to, boolean jsx, LineIndex lines, CommentSpans comments)
            throws UnparsableText {
        JsLexer lexer = new JsLexer(text, from, to, jsx, lines);
        lexer.comments = comments;
        if (text.startsWith("#!", from)) lexer.pos = lexer.lineEnd(from);
        return lexer.code(false);
    }

    /** Skips the comment at {@code pos} that ends at {@code to}, recording it. */
    private void skipComment(int to) {
        if (comments != null) comments.add(pos, to);
        pos = to;
    }

    /** Tokens until the end, or until the {@code }} closing a template or JSX expression (consumed, not returned). */
    private List<JsToken> code(boolean untilBrace) throws UnparsableText {
        int opened = pos - 1;
        if (++nesting > MAX_NESTING) throw error(pos, "nested too deeply");
        List<JsToken> out = new ArrayList<>();
        int depth = 0;
        while (pos < end) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '/' && peek(1) == '/') {
                skipComment(lineEnd(pos));
            } else if (c == '/' && peek(1) == '*') {
                int close = s.indexOf("*/", pos + 2);
                if (close < 0 || close + 2 > end) throw error(pos, "unterminated comment");
                skipComment(close + 2);
            } else if (c == '\'' || c == '"') {
                out.add(string(c));
            } else if (c == '`') {
                out.add(template());
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                out.add(number());
            } else if (Character.isJavaIdentifierStart(c) || c == '\\') {
                out.add(identifier());
            } else if (c == '/' && expressionStarts(out)) {
                JsToken re = regex();
                out.add(re != null ? re : punct());
            } else if (c == '<' && jsx && expressionStarts(out) && (Character.isJavaIdentifierStart(peek(1)) || peek(1) == '>')) {
                if (!element(out)) out.add(punct());
            } else if (c == '}' && untilBrace && depth == 0) {
                pos++;
                nesting--;
                return out;
            } else {
                if (c == '{') depth++;
                if (c == '}') depth--;
                out.add(punct());
            }
        }
        if (untilBrace) throw error(opened, "unterminated ${ or { expression");
        nesting--;
        return out;
    }

    /** Whether an expression may start here: after an operator, an opening bracket, a keyword like {@code return}, or nothing. */
    private static boolean expressionStarts(List<JsToken> out) {
        if (out.isEmpty()) return true;
        JsToken last = out.get(out.size() - 1);
        return switch (last.kind()) {
            case PUNCT -> !last.text().equals(")") && !last.text().equals("]");
            case IDENT -> EXPRESSION_KEYWORDS.contains(last.text());
            default -> false;
        };
    }

    private JsToken string(char quote) throws UnparsableText {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == quote) {
                pos++;
                return JsToken.of(JsToken.Kind.STRING, sb.toString(), start, pos);
            }
            if (c == '\n' || c == '\r') break;
            if (c == '\\') escape(sb);
            else {
                sb.append(c);
                pos++;
            }
        }
        throw error(start, "unterminated string");
    }

    /** Cooks one escape sequence at {@code pos} (a backslash) into {@code sb}. */
    private void escape(StringBuilder sb) {
        char e = peek(1);
        pos += 2;
        switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\u000B');
            case '0' -> sb.append('\0');
            case '\r' -> {
                if (peek(0) == '\n') pos++;
            }
            case '\n', '\u2028', '\u2029' -> {
                // line continuation: nothing
            }
            case 'x' -> sb.append((char) hex(2));
            case 'u' -> {
                if (peek(0) == '{') {
                    int close = s.indexOf('}', pos);
                    int cp = close > pos && close - pos <= 7 ? parseHex(s.substring(pos + 1, close)) : -1;
                    if (cp >= 0 && Character.isValidCodePoint(cp)) {
                        sb.appendCodePoint(cp);
                        pos = close + 1;
                    } else {
                        sb.append('u');
                    }
                } else {
                    sb.append((char) hex(4));
                }
            }
            default -> sb.append(e);
        }
    }

    private int hex(int digits) {
        if (pos + digits > end) return '?';
        int v = parseHex(s.substring(pos, pos + digits));
        if (v < 0) return '?';
        pos += digits;
        return v;
    }

    private static int parseHex(String h) {
        try {
            return h.isEmpty() ? -1 : Integer.parseInt(h, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private JsToken template() throws UnparsableText {
        int start = pos++;
        List<String> quasis = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<List<JsToken>> expressions = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int quasiStart = pos;
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '`') {
                quasis.add(sb.toString());
                spans.add(new int[]{quasiStart, pos});
                pos++;
                return new JsToken(JsToken.Kind.TEMPLATE, String.join("", quasis), start, pos, quasis, spans, expressions);
            }
            if (c == '\\') {
                escape(sb);
            } else if (c == '$' && peek(1) == '{') {
                quasis.add(sb.toString());
                spans.add(new int[]{quasiStart, pos});
                sb.setLength(0);
                pos += 2;
                expressions.add(code(true));
                quasiStart = pos;
            } else {
                sb.append(c);
                pos++;
            }
        }
        throw error(start, "unterminated template literal");
    }

    private JsToken number() {
        int start = pos;
        while (pos < end) {
            char c = s.charAt(pos);
            if ((c == '+' || c == '-') && (s.charAt(pos - 1) == 'e' || s.charAt(pos - 1) == 'E') && !s.startsWith("0x", start)) {
                pos++;
            } else if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                pos++;
            } else {
                break;
            }
        }
        return JsToken.of(JsToken.Kind.NUMBER, s.substring(start, pos), start, pos);
    }

    private JsToken identifier() {
        int start = pos;
        StringBuilder sb = new StringBuilder();
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '\\' && peek(1) == 'u') {
                escape(sb);
            } else if (Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c)) {
                sb.append(c);
                pos++;
            } else {
                break;
            }
        }
        if (pos == start) {
            pos++;
            return JsToken.of(JsToken.Kind.PUNCT, "\\", start, pos);
        }
        return JsToken.of(JsToken.Kind.IDENT, sb.toString(), start, pos);
    }

    /** A regular expression literal, or null (position unchanged) when the line ends first: then it was division. */
    private JsToken regex() {
        int start = pos;
        int i = pos + 1;
        boolean inClass = false;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') return null;
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) break;
            i++;
        }
        if (i >= end) return null;
        i++;
        while (i < end && Character.isLetter(s.charAt(i))) i++;
        pos = i;
        return JsToken.of(JsToken.Kind.REGEX, s.substring(start, i), start, i);
    }

    private JsToken punct() {
        int start = pos;
        for (String p : PUNCTUATORS) {
            if (s.startsWith(p, pos) && pos + p.length() <= end) {
                if (p.equals("?.") && isDigit(peek(2))) continue;
                pos += p.length();
                return JsToken.of(JsToken.Kind.PUNCT, p, start, pos);
            }
        }
        pos++;
        return JsToken.of(JsToken.Kind.PUNCT, String.valueOf(s.charAt(start)), start, pos);
    }

    /** A JSX element at {@code <}: its attribute strings and expressions join {@code out}, then one JSX token; false if it is not one. */
    private boolean element(List<JsToken> out) {
        int save = pos;
        int size = out.size();
        int savedNesting = nesting;
        try {
            if (elementBody(out)) {
                out.add(JsToken.of(JsToken.Kind.JSX, "<>", save, pos));
                return true;
            }
        } catch (UnparsableText | NotJsx e) {
            // read again as plain tokens
        }
        pos = save;
        nesting = savedNesting;
        while (out.size() > size) out.remove(out.size() - 1);
        return false;
    }

    /** Thrown inside a JSX attempt that turns out not to be JSX. */
    private static final class NotJsx extends Exception {
        NotJsx() {
            super(null, null, false, false);
        }
    }

    private boolean elementBody(List<JsToken> out) throws UnparsableText, NotJsx {
        if (++nesting > MAX_NESTING) throw new NotJsx();
        pos++;
        blanks();
        if (peek(0) == '>') {
            pos++;
            children(out);
            nesting--;
            return true;
        }
        if (jsxName().isEmpty()) throw new NotJsx();
        while (true) {
            blanks();
            if (pos >= end) throw new NotJsx();
            char c = s.charAt(pos);
            if (c == '/' && peek(1) == '>') {
                pos += 2;
                nesting--;
                return true;
            }
            if (c == '>') {
                pos++;
                children(out);
                nesting--;
                return true;
            }
            if (c == '{') {
                pos++;
                out.addAll(code(true));
                continue;
            }
            if (jsxName().isEmpty()) throw new NotJsx();
            blanks();
            if (peek(0) != '=') continue;
            pos++;
            blanks();
            char v = peek(0);
            if (v == '"' || v == '\'') {
                int close = s.indexOf(v, pos + 1);
                if (close < 0 || close >= end) throw new NotJsx();
                out.add(JsToken.of(JsToken.Kind.STRING, s.substring(pos + 1, close), pos, close + 1));
                pos = close + 1;
            } else if (v == '{') {
                pos++;
                out.addAll(code(true));
            } else if (v == '<') {
                if (!elementBody(out)) throw new NotJsx();
            } else {
                throw new NotJsx();
            }
        }
    }

    /** Children up to and including the closing tag. */
    private void children(List<JsToken> out) throws UnparsableText, NotJsx {
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '{') {
                pos++;
                out.addAll(code(true));
            } else if (c == '<' && peek(1) == '/') {
                pos += 2;
                blanks();
                jsxName();
                blanks();
                if (peek(0) != '>') throw new NotJsx();
                pos++;
                return;
            } else if (c == '<') {
                elementBody(out);
            } else {
                pos++;
            }
        }
        throw new NotJsx();
    }

    private String jsxName() {
        int start = pos;
        if (pos < end && Character.isJavaIdentifierStart(s.charAt(pos))) {
            pos++;
            while (pos < end && (Character.isJavaIdentifierPart(s.charAt(pos)) || s.charAt(pos) == '-' || s.charAt(pos) == '.'
                    || s.charAt(pos) == ':')) pos++;
        }
        return s.substring(start, pos);
    }

    private void blanks() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) pos++;
            else if (c == '/' && peek(1) == '*' && s.indexOf("*/", pos + 2) > 0) skipComment(s.indexOf("*/", pos + 2) + 2);
            else if (c == '/' && peek(1) == '/') skipComment(lineEnd(pos));
            else break;
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < end && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
        return i;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < end ? s.charAt(i) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private UnparsableText error(int at, String problem) {
        return new UnparsableText("JavaScript", lines.line(Math.max(0, at)), problem);
    }
}
