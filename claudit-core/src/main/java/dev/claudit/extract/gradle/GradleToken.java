package dev.claudit.extract.gradle;

import java.util.List;

/**
 * One token of a Gradle script or Kotlin source. A string's {@code text} is its cooked literal pieces joined;
 * {@code pieces} are those pieces and {@code parts} the tokens of the interpolations between them
 * ({@code pieces.size() == parts.size() + 1}). {@code start}/{@code end} are file offsets, {@code end} exclusive.
 */
record GradleToken(Kind kind, String text, int start, int end, List<String> pieces, List<List<GradleToken>> parts) {

    enum Kind { IDENT, STRING, NUMBER, PUNCT }

    GradleToken {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    static GradleToken of(Kind kind, String text, int start, int end) {
        return new GradleToken(kind, text, start, end, null, null);
    }

    boolean is(String punctOrIdent) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrIdent);
    }

    /** A string without interpolations: its text is known from the token alone. */
    boolean isPlainString() {
        return kind == Kind.STRING && parts.isEmpty();
    }
}
