package dev.claudit.cli;

import dev.claudit.extract.TextDecoder;
import dev.claudit.report.SourceLines;
import dev.claudit.workspace.DirectoryWalker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Source lines for the text report, reread from disk for the few files that have findings. */
final class FileLines implements SourceLines {

    private final Path root;
    private final Map<String, String[]> cache = new HashMap<>();

    FileLines(Path root) {
        this.root = root;
    }

    @Override
    public Optional<String> line(String path, int line) {
        String[] lines = cache.computeIfAbsent(path, this::load);
        return line >= 1 && line <= lines.length ? Optional.of(lines[line - 1]) : Optional.empty();
    }

    private String[] load(String path) {
        try {
            // a file swapped for a FIFO since the scan must not block the report
            byte[] bytes = DirectoryWalker.readRegularFile(root.resolve(path));
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            return d == null ? new String[0] : d.text().split("\r\n|\r|\n", -1);
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
