package dev.claudit.report;

import java.util.Optional;

/** Gives the text report the source line under a finding; the caller rereads files (working tree or index). */
@FunctionalInterface
public interface SourceLines {

    /** The text of 1-based {@code line} in repo-relative {@code path}, without its line ending, if it can be read. */
    Optional<String> line(String path, int line);

    /**
     * The line, or on a very long line the part of it around 1-based {@code column}: {@code offset} characters of the
     * line come before {@code text}; {@code cutLeft}/{@code cutRight} say that some were left out on that side. A cut
     * never falls inside a word of {@link #tokenChar} characters (a credential cut in two would escape masking).
     */
    default Optional<Excerpt> excerpt(String path, int line, int column) {
        return line(path, line).map(t -> new Excerpt(t, 0, false, false));
    }

    /** Part of a source line; see {@link #excerpt}. */
    record Excerpt(String text, int offset, boolean cutLeft, boolean cutRight) {
    }

    /** Characters a credential or identifier is made of. */
    static boolean tokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** For when no source is at hand: findings are printed without their line. */
    static SourceLines none() {
        return (path, line) -> Optional.empty();
    }
}
