package dev.claudit.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.RandomAccessFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Why a path was passed over, in a few words that never quote a file. */
class DirectoryWalkerTest {

    @Test
    void reasonsAreShortAndReadable() {
        assertThat(DirectoryWalker.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(DirectoryWalker.reason(new NoSuchFileException("/x"))).isEqualTo("no longer exists");
        // a path deeper than PATH_MAX: the operating system's own words
        assertThat(DirectoryWalker.reason(new FileSystemException("/x", null, "File name too long"))).isEqualTo("file name too long");
        assertThat(DirectoryWalker.reason(new IOException("something odd"))).isEqualTo("IOException");
    }

    @Test
    void aFileOverTwoGigabytesIsNotRead(@TempDir Path dir) throws IOException {
        Path sparse = dir.resolve("dump.sql");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: takes no disk space
        }
        IOException e = catchThrowableOfType(IOException.class, () -> DirectoryWalker.readRegularFile(sparse));
        assertThat(DirectoryWalker.reason(e)).isEqualTo("too large to read (over 2 GB)");
    }
}
