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
public record Notice(String path, Level level, String message, Throwable cause, boolean configuration) {

    /** How much a notice matters; reports write its {@link #id()}. */
    public enum Level {
        /** Part of a file was not analysed, or the configuration turned checks off: findings may be missing. */
        WARNING("warning"),
        /** Worth knowing, nothing missed (a file skipped by design, a lossy decoding that kept every key). */
        NOTE("note");

        private final String id;

        Level(String id) {
            this.id = id;
        }

        /** The level's name in reports: {@code warning}, {@code note} (SARIF's notification levels). */
        public String id() {
            return id;
        }
    }

    public Notice(String path, Level level, String message, Throwable cause) {
        this(path, level, message, cause, false);
    }

    /** A notice about what the configuration changed. */
    public static Notice configuration(String path, Level level, String message) {
        return new Notice(path, level, message, null, true);
    }

    public Notice(String path, Level level, String message) {
        this(path, level, message, null);
    }
}
