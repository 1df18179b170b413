package dev.claudit.workspace;

import dev.claudit.facts.FileKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file to scan: its repo-relative path, kind, size and a way to read its bytes (from disk or from
 * the git index). Bytes are read on demand so the walk holds no contents.
 */
public record SourceFile(String path, FileKind kind, long size, ContentSource content) {

    /** Reads a file's bytes when asked. */
    @FunctionalInterface
    public interface ContentSource {
        byte[] read() throws IOException;

        /** The bytes as a stream, for files too large to hold whole; by default the bytes read whole. */
        default InputStream open() throws IOException {
            return new ByteArrayInputStream(read());
        }
    }

    /** A file on disk. */
    public record OnDisk(Path file) implements ContentSource {
        @Override
        public byte[] read() throws IOException {
            return Files.readAllBytes(file);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    public byte[] read() throws IOException {
        return content.read();
    }

    /** The bytes as a stream (see {@link ContentSource#open()}). */
    public InputStream open() throws IOException {
        return content.open();
    }

    /** The file name without directories. */
    public String fileName() {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }
}
