package dev.claudit.facts;

/**
 * Something the scan wants the user to know about a file it could not fully analyse; the message never quotes
 * file content.
 *
 * @param cause the contained failure behind the notice, or null; shown only with {@code --debug}, and never with
 *              its message as-is, since a parser's message can quote the file
 * @param configuration whether it is about the scan's configuration (a repository's {@code .claudit.yml} turning
 *              rules off or excluding files) rather than about reading a file; SARIF keeps the two apart
 */
public record Notice(String path, String level, String message, Throwable cause, boolean configuration) {

    public Notice(String path, String level, String message, Throwable cause) {
        this(path, level, message, cause, false);
    }

    /** A notice about what the configuration changed. */
    public static Notice configuration(String path, String level, String message) {
        return new Notice(path, level, message, null, true);
    }

    public Notice(String path, String level, String message) {
        this(path, level, message, null);
    }
}
