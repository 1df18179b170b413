package dev.claudit.workspace;

import dev.claudit.facts.FileKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

        /**
         * Reads the bytes into the start of {@code buffer}, which a caller reuses from file to file; returns how many,
         * or -1 when they do not fit. {@code expected}: the size seen when the file was listed (a source may stop
         * there). By default the bytes read whole, then copied.
         */
        default int read(byte[] buffer, long expected) throws IOException {
            byte[] b = read();
            if (b.length > buffer.length) return -1;
            System.arraycopy(b, 0, buffer, 0, b.length);
            return b.length;
        }
    }

    /** A file on disk; every read first checks it is still a regular file (one swapped for a FIFO would block). */
    public record OnDisk(Path file) implements ContentSource {
        @Override
        public byte[] read() throws IOException {
            return DirectoryWalker.readRegularFile(file);
        }

        @Override
        public InputStream open() throws IOException {
            DirectoryWalker.checkRegularFile(file);
            return FileStreams.open(file);
        }

        @Override
        public int read(byte[] buffer, long expected) throws IOException {
            DirectoryWalker.checkRegularFile(file);
            try (InputStream in = FileStreams.open(file)) {
                int n = 0;
                // stop at the listed size: one read call instead of a second one that only says "end of file"
                while (n < buffer.length && n != expected) {
                    int r = in.read(buffer, n, buffer.length - n);
                    if (r < 0) break;
                    n += r;
                }
                return n < buffer.length ? n : -1;
            }
        }
    }

    public byte[] read() throws IOException {
        return content.read();
    }

    /** The bytes read into a reused buffer (see {@link ContentSource#read(byte[], long)}). */
    public int read(byte[] buffer) throws IOException {
        return content.read(buffer, size);
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
