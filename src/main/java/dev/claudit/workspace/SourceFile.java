package dev.claudit.workspace;

import dev.claudit.facts.FileKind;

import java.io.IOException;

/**
 * One file to scan: its repo-relative path, kind, size and a way to read its bytes (from disk or from
 * the git index). Bytes are read on demand so the walk holds no contents.
 */
public record SourceFile(String path, FileKind kind, long size, ContentSource content) {

    /** Reads a file's bytes when asked. */
    @FunctionalInterface
    public interface ContentSource {
        byte[] read() throws IOException;
    }

    public byte[] read() throws IOException {
        return content.read();
    }

    /** The file name without directories. */
    public String fileName() {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }
}
