package dev.claudit.workspace;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;

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
}
