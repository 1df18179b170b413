package dev.claudit.extract;

/**
 * A file (or embedded script) an extractor rejects. The message names the format and the line, never the
 * content, so it can go into a notice as it is.
 */
public class UnparsableText extends Exception {

    public UnparsableText(String format, int line, String problem) {
        super(format + " " + problem + " at line " + line);
    }
}
