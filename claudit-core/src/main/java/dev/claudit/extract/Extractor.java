package dev.claudit.extract;

/** Turns one file's text into facts. Implementations keep no state between files. */
public interface Extractor {

    /**
     * Adds what {@code text} says to {@code sink}. May throw on malformed input: the caller then falls
     * back to the lexical scan and records a notice.
     */
    void extract(String path, String text, FactSink sink) throws Exception;
}
