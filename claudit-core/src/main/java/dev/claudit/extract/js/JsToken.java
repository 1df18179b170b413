package dev.claudit.extract.js;

import java.util.List;

/**
 * One JavaScript/TypeScript token. {@code text} is the identifier, the punctuator, or a string's cooked value;
 * a template keeps its cooked pieces ({@code quasis}, with their source spans) and the tokens of each
 * {@code ${...}} expression. {@code start}/{@code end} are file offsets, {@code end} exclusive.
 */
record JsToken(Kind kind, String text, int start, int end, List<String> quasis, List<int[]> quasiSpans,
               List<List<JsToken>> expressions) {

    enum Kind { IDENT, STRING, TEMPLATE, NUMBER, REGEX, PUNCT, JSX }

    JsToken {
        quasis = quasis == null ? List.of() : List.copyOf(quasis);
        quasiSpans = quasiSpans == null ? List.of() : List.copyOf(quasiSpans);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
    }

    static JsToken of(Kind kind, String text, int start, int end) {
        return new JsToken(kind, text, start, end, null, null, null);
    }

    boolean is(String punctOrIdent) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrIdent);
    }

    boolean isIdent() {
        return kind == Kind.IDENT;
    }

    /** A string, or a template without expressions: text known from the token alone. */
    boolean isPlainString() {
        return kind == Kind.STRING || (kind == Kind.TEMPLATE && expressions.isEmpty());
    }

    /** The cooked text of a plain string or of an expression-free template. */
    String stringValue() {
        return kind == Kind.TEMPLATE ? String.join("", quasis) : text;
    }
}
