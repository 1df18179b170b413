package dev.claudit.workspace;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Reading and writing files through {@code java.io} streams. The NIO equivalents ({@code Files.newInputStream},
 * {@code readAllBytes}, {@code writeString}, {@code createTempFile}, {@code FileChannel}) open a {@code FileChannelImpl},
 * whose start-up loads the JDK's networking library, and that library probes for IPv4, IPv6 and SO_REUSEPORT by
 * creating AF_INET and AF_INET6 sockets: claudit opens no socket, so it reads and writes through these. The one
 * exception is a file whose name the JVM cannot decode (not UTF-8, or not ASCII under {@code LC_ALL=C} with plain
 * {@code java -jar}; the {@code claudit} launcher runs Java under a UTF-8 locale): java.io cannot name it.
 */
public final class FileStreams {

    private FileStreams() {
    }

    public static InputStream open(Path file) throws IOException {
        // java.io names a file by a string: one whose name the JVM could not decode can only be opened by NIO,
        // which keeps its bytes (and loads the networking library: see the class comment)
        if (FileNames.lossy(file.toString())) return java.nio.file.Files.newInputStream(file);
        try {
            return new FileInputStream(file(file));
        } catch (FileNotFoundException e) {
            throw asNio(file, file, AccessMode.READ, e);
        }
    }

    public static byte[] readAll(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    public static String readUtf8(Path file) throws IOException {
        return new String(readAll(file), StandardCharsets.UTF_8);
    }

    /** Creates or truncates {@code file}; a new file gets the mode the user's umask gives. */
    public static OutputStream create(Path file) throws IOException {
        try {
            return new FileOutputStream(file(file));
        } catch (FileNotFoundException e) {
            Path parent = file.toAbsolutePath().getParent();
            throw asNio(file, java.nio.file.Files.exists(file) || parent == null ? file : parent, AccessMode.WRITE, e);
        }
    }

    public static void writeUtf8(Path file, String content) throws IOException {
        try (OutputStream out = create(file)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A new, empty file with a unique name in {@code dir} (never an existing one), like {@code Files.createTempFile}. */
    public static Path createTemp(Path dir, String prefix, String suffix) throws IOException {
        try {
            return File.createTempFile(prefix.length() < 3 ? prefix + "___" : prefix, suffix, file(dir)).toPath();
        } catch (IOException e) {
            // java.io gives the C library's words alone: name them as NIO would
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.equals("No such file or directory")) throw new java.nio.file.NoSuchFileException(dir.toString());
            if (why.equals("Permission denied")) throw new java.nio.file.AccessDeniedException(dir.toString());
            throw new FileSystemException(dir.toString(), null, why.isEmpty() ? null : why);
        }
    }

    /**
     * java.io says every failure to open with a FileNotFoundException; callers tell "no such file" from "permission
     * denied" by NIO's exception types, so ask NIO (a check of access, which opens nothing) which one it was.
     */
    private static IOException asNio(Path file, Path checked, AccessMode mode, FileNotFoundException e) {
        try {
            checked.getFileSystem().provider().checkAccess(checked, mode);
        } catch (IOException nio) {
            return nio;
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        int open = m.lastIndexOf(" (");
        String reason = open >= 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : null;
        return new FileSystemException(file.toString(), null, reason); // a directory, say
    }

    /** {@code java.io} file names are the same bytes as the NIO path's: both encode with {@code sun.jnu.encoding}. */
    private static File file(Path path) throws IOException {
        if (path.getFileSystem() != java.nio.file.FileSystems.getDefault()) throw new IOException("not a local file: " + path);
        return path.toFile();
    }
}
