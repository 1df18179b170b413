package dev.claudit.extract;

/** Turns one file's text into facts. Implementations keep no state between files. */
public interface Extractor {

    /**
     * Adds what {@code text} says to {@code sink}. May throw on malformed input: the caller then falls
     * back to the lexical scan and records a notice.
     */
    void extract(String path, String text, FactSink sink) throws Exception;

    /**
     * Where the comments of {@code text} are as this extractor's own lexer finds them, for the suppression markers;
     * null when it has no lexer that knows the format's comments, or the text does not lex (the scan then uses
     * {@link CommentSpans#of}).
     */
    default CommentSpans comments(String path, String text) {
        return null;
    }
}
