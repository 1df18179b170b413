package dev.claudit.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code claudit scan -}: standard input as one file, as editors and other scanners pipe it. Its name (the
 * {@code --stdin-name}, {@code stdin} by default) is the path reported and gives its kind: {@code .env},
 * {@code application.yml}, {@code src/App.java}. The bytes are read whole before the scan, once.
 */
public final class StandardInput {

    /** The name used when none is given. */
    public static final String DEFAULT_NAME = "stdin";

    private StandardInput() {
    }

    /**
     * A workspace of the one file {@code name} holding what {@code in} gives until its end.
     *
     * @throws IllegalArgumentException when {@code name} is not a relative path inside the scan (the message says why)
     */
    public static Workspace read(String root, String name, InputStream in) throws IOException {
        String path = name.replace('\\', '/');
        while (path.startsWith("./")) path = path.substring(2);
        if (path.isBlank() || path.startsWith("/") || path.endsWith("/") || List.of(path.split("/")).contains("..")
                || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("--stdin-name takes a relative file path such as config/.env, not '" + name + "'");
        }
        byte[] bytes = in.readAllBytes();
        SourceFile file = new SourceFile(path, Workspace.kindOf(path), bytes.length, () -> bytes);
        return new Workspace(root, List.of(file), List.of());
    }
}
