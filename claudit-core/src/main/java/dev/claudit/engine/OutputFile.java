package dev.claudit.engine;

import dev.claudit.workspace.FileStreams;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a report, baseline or hook where the user asked. A regular file or a new path is replaced in one rename
 * (a killed run never leaves half a report), keeping an existing file's mode (a new one gets the umask's); a device,
 * FIFO or socket ({@code /dev/null}, {@code /dev/stdout}, a pipe) is written in place, never replaced by a regular
 * file; a symbolic link is written through (its target is replaced, the link stays). Missing parent directories are
 * never created.
 */
public final class OutputFile {

    private OutputFile() {
    }

    public static void write(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        BasicFileAttributes attrs = attributes(abs, LinkOption.NOFOLLOW_LINKS);
        if (attrs != null && attrs.isSymbolicLink()) {
            BasicFileAttributes followed = attributes(abs);
            if (followed == null) throw new FileSystemException(target.toString(), null, "symbolic link to nothing");
            if (followed.isRegularFile()) {
                abs = abs.toRealPath(); // write through: the link keeps pointing at the new content
                attrs = followed;
            } else {
                attrs = followed;
                if (!attrs.isDirectory()) {
                    inPlace(abs, content); // /dev/stdout -> /proc/self/fd/1 -> a pipe
                    return;
                }
            }
        }
        if (attrs == null) {
            Path dir = abs.getParent();
            BasicFileAttributes parent = dir == null ? null : attributes(dir);
            if (parent == null) throw new NoSuchFileException(target.toString(), null, "no such directory");
            if (!parent.isDirectory()) throw new FileSystemException(target.toString(), null, "not a directory");
            replace(abs, content, null);
        } else if (attrs.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        } else if (attrs.isRegularFile()) {
            replace(abs, content, permissions(abs));
        } else {
            inPlace(abs, content);
        }
    }

    /** A temporary file beside the target, renamed over it; {@code mode}, when known, is the replaced file's. */
    private static void replace(Path abs, String content, Set<PosixFilePermission> mode) throws IOException {
        Path tmp = FileStreams.createTemp(abs.getParent(), "." + abs.getFileName(), ".tmp"); // 0666 less the umask
        try {
            FileStreams.writeUtf8(tmp, content);
            if (mode != null) Files.setPosixFilePermissions(tmp, mode);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void inPlace(Path abs, String content) throws IOException {
        try (OutputStream out = FileStreams.create(abs)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null; // not POSIX: the new file's defaults
        }
    }

    private static BasicFileAttributes attributes(Path p, LinkOption... options) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, options);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Checks before a scan that {@code target} can be written as {@link #write} would, so a long scan is not wasted:
     * its directory exists, and it is not a directory or a link to nothing.
     *
     * @return why not, in a few words, or null
     */
    public static String problem(Path target) {
        Path abs = target.toAbsolutePath();
        BasicFileAttributes attrs = attributes(abs, LinkOption.NOFOLLOW_LINKS);
        if (attrs != null && attrs.isSymbolicLink()) {
            attrs = attributes(abs);
            if (attrs == null) return "symbolic link to nothing";
        }
        if (attrs != null) return attrs.isDirectory() ? "is a directory" : null;
        Path dir = abs.getParent();
        BasicFileAttributes parent = dir == null ? null : attributes(dir);
        if (parent == null) return "no such directory";
        return parent.isDirectory() ? null : "not a directory";
    }
}
