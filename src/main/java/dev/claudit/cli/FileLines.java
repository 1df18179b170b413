package dev.claudit.cli;

import dev.claudit.extract.TextDecoder;
import dev.claudit.report.SourceLines;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Source lines for the text report, reread for the few files that have findings from where the scan read them: the
 * working tree, or the staged blob under {@code --staged}.
 */
final class FileLines implements SourceLines {

    private final Map<String, SourceFile> files = new HashMap<>();
    private final Map<String, String[]> cache = new HashMap<>();

    FileLines(Workspace workspace) {
        for (SourceFile f : workspace.files()) files.put(f.path(), f);
    }

    @Override
    public Optional<String> line(String path, int line) {
        String[] lines = cache.computeIfAbsent(path, this::load);
        return line >= 1 && line <= lines.length ? Optional.of(lines[line - 1]) : Optional.empty();
    }

    private String[] load(String path) {
        SourceFile file = files.get(path);
        if (file == null) return new String[0];
        try {
            // the scan's own reader: the staged blob, or the file re-checked as a regular file (never a FIFO)
            TextDecoder.Decoded d = TextDecoder.decode(file.read());
            return d == null ? new String[0] : d.text().split("\r\n|\r|\n", -1);
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
