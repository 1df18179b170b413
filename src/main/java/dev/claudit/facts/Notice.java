package dev.claudit.facts;

/**
 * Something the scan wants the user to know about a file it could not fully analyse; the message never quotes
 * file content.
 *
 * @param cause the contained failure behind the notice, or null; shown only with {@code --debug}, and never with
 *              its message as-is, since a parser's message can quote the file
 */
public record Notice(String path, String level, String message, Throwable cause) {

    public Notice(String path, String level, String message) {
        this(path, level, message, null);
    }
}
