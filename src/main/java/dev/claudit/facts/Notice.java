package dev.claudit.facts;

/** Something the scan wants the user to know about a file it could not fully analyse; never quotes file content. */
public record Notice(String path, String level, String message) {
}
