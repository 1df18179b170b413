package dev.claudit.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout's top directory (where {@code README.md} and {@code rules/} are), found upwards from the working
 * directory: Maven runs a module's tests in the module's directory, which is the top one only in a one-module build.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("rules"))) return dir;
        }
        throw new IllegalStateException("no README.md beside a rules/ directory above " + Path.of("").toAbsolutePath());
    }
}
