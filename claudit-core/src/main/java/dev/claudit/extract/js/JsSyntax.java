package dev.claudit.extract.js;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The little syntax the JS reader needs on top of tokens: matching brackets, where an expression ends (at
 * a comma, a closing bracket, a semicolon, or a line break that ends the statement), call arguments and
 * the members of an object literal.
 */
final class JsSyntax {

    /** Tokens {@code [from, to)} of one list. */
    record Range(List<JsToken> tokens, int from, int to) {
        boolean isEmpty() {
            return from >= to;
        }

        JsToken first() {
            return tokens.get(from);
        }

        JsToken last() {
            return tokens.get(to - 1);
        }
    }

    /** One member of an object literal; {@code key} is null for spreads and computed keys. */
    record Member(String key, JsToken keyToken, Range value, boolean shorthand, boolean spread, boolean computed) {
    }

    /** Identifiers after which a line break does not end the statement. */
    private static final Set<String> CONTINUING_WORDS = Set.of("as", "satisfies", "in", "instanceof", "of");

    private final String text;

    JsSyntax(String text) {
        this.text = text;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    static int matching(List<JsToken> t, int open) {
        String o = t.get(open).text();
        String c = o.equals("(") ? ")" : o.equals("[") ? "]" : o.equals("{") ? "}" : null;
        if (c == null || t.get(open).kind() != JsToken.Kind.PUNCT) return -1;
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            JsToken k = t.get(i);
            if (k.kind() != JsToken.Kind.PUNCT) continue;
            String x = k.text();
            if (x.equals("(") || x.equals("[") || x.equals("{")) depth++;
            else if ((x.equals(")") || x.equals("]") || x.equals("}")) && --depth == 0) return x.equals(c) ? i : -1;
        }
        return -1;
    }

    /** Where the expression starting at {@code from} ends (exclusive), at most {@code limit}. */
    int expressionEnd(List<JsToken> t, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            JsToken k = t.get(i);
            if (k.kind() == JsToken.Kind.PUNCT) {
                String x = k.text();
                if (x.equals("(") || x.equals("[") || x.equals("{")) depth++;
                else if (x.equals(")") || x.equals("]") || x.equals("}")) {
                    if (depth == 0) return i;
                    depth--;
                } else if (depth == 0 && (x.equals(",") || x.equals(";"))) return i;
            }
            if (depth == 0 && i > from && statementBreak(t.get(i - 1), k)) return i;
        }
        return limit;
    }

    /** Automatic semicolon insertion, roughly: a line break between a finished operand and the start of a new one. */
    private boolean statementBreak(JsToken prev, JsToken cur) {
        if (!lineBreakBetween(prev.end(), cur.start())) return false;
        boolean prevEnds = switch (prev.kind()) {
            case IDENT, STRING, TEMPLATE, NUMBER, REGEX, JSX -> true;
            case PUNCT -> prev.text().equals(")") || prev.text().equals("]") || prev.text().equals("}");
        };
        boolean curStarts = switch (cur.kind()) {
            case IDENT -> !CONTINUING_WORDS.contains(cur.text());
            case STRING, TEMPLATE, NUMBER -> true;
            default -> false;
        };
        return prevEnds && curStarts;
    }

    /** Only the gap between two tokens is looked at, so minified one-line files stay linear. */
    private boolean lineBreakBetween(int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /** The arguments of the call whose {@code (} is at {@code open}. */
    List<Range> arguments(List<JsToken> t, int open) {
        List<Range> out = new ArrayList<>();
        int close = matching(t, open);
        if (close < 0) return out;
        int i = open + 1;
        while (i < close) {
            int e = expressionEnd(t, i, close);
            if (e > i) out.add(new Range(t, i, e));
            i = e + 1;
        }
        return out;
    }

    static boolean isObject(Range r) {
        return !r.isEmpty() && r.first().is("{") && matching(r.tokens(), r.from()) == r.to() - 1;
    }

    /** The members of the object literal whose {@code {} is at {@code open}. */
    List<Member> members(List<JsToken> t, int open) {
        List<Member> out = new ArrayList<>();
        int close = matching(t, open);
        if (close < 0) return out;
        int i = open + 1;
        while (i < close) {
            JsToken k = t.get(i);
            if (k.is(",")) {
                i++;
                continue;
            }
            if (k.is("...")) {
                int e = expressionEnd(t, i + 1, close);
                out.add(new Member(null, k, new Range(t, i + 1, e), false, true, false));
                i = e;
                continue;
            }
            if (k.is("[")) {
                int m = matching(t, i);
                if (m < 0) return out;
                if (m + 1 < close && t.get(m + 1).is(":")) {
                    int e = expressionEnd(t, m + 2, close);
                    out.add(new Member(null, k, new Range(t, m + 2, e), false, false, true));
                    i = e;
                } else {
                    i = skipMethod(t, m + 1, close);
                }
                continue;
            }
            boolean keyLike = k.isIdent() || k.kind() == JsToken.Kind.STRING || k.kind() == JsToken.Kind.NUMBER;
            if (!keyLike) {
                i++;
                continue;
            }
            JsToken next = i + 1 < close ? t.get(i + 1) : null;
            if (k.isIdent() && next != null && (next.isIdent() || next.kind() == JsToken.Kind.STRING || next.is("*") || next.is("["))
                    && (k.text().equals("get") || k.text().equals("set") || k.text().equals("async"))) {
                i = skipMethod(t, i + 1, close);
                continue;
            }
            if (next != null && next.is(":")) {
                int e = expressionEnd(t, i + 2, close);
                out.add(new Member(k.text(), k, new Range(t, i + 2, e), false, false, false));
                i = e;
            } else if (next != null && next.is("(")) {
                i = skipMethod(t, i + 1, close);
            } else if (next == null || next.is(",")) {
                out.add(new Member(k.text(), k, new Range(t, i, i + 1), true, false, false));
                i++;
            } else if (next.is("=")) {
                int e = expressionEnd(t, i + 2, close);
                out.add(new Member(k.text(), k, new Range(t, i + 2, e), true, false, false));
                i = e;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Skips a method member from its name or parameter list on, up to after its body. */
    private static int skipMethod(List<JsToken> t, int i, int close) {
        while (i < close && !t.get(i).is("(")) i++;
        if (i >= close) return close;
        int p = matching(t, i);
        if (p < 0) return close;
        int j = p + 1;
        while (j < close && !t.get(j).is("{")) j++;
        if (j >= close) return close;
        int b = matching(t, j);
        return b < 0 ? close : b + 1;
    }
}
