package dev.claudit.report;

import java.util.Optional;

/** Gives the text report the source line under a finding; the caller rereads files (working tree or index). */
@FunctionalInterface
public interface SourceLines {

    /** The text of 1-based {@code line} in repo-relative {@code path}, without its line ending, if it can be read. */
    Optional<String> line(String path, int line);

    /** For when no source is at hand: findings are printed without their line. */
    static SourceLines none() {
        return (path, line) -> Optional.empty();
    }
}
