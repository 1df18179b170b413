package dev.claudit.cli;

import dev.claudit.report.ScanResult;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code claudit scan}: scans files and directories and reports findings. */
@Command(name = "scan", description = "Scan files and directories (default: the current directory).")
final class ScanCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    @Parameters(paramLabel = "PATH", description = "files or directories to scan (default: .)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", description = "text, json or sarif (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "exit 1 when a finding is at or above LEVEL: error, warning, note or none (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the date model retirement is judged at (default: today)")
    String asOf;

    @Option(names = "--no-ignore", description = "also scan files that .gitignore ignores")
    boolean noIgnore;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "files larger than SIZE (bytes, or with K or M) are only scanned for credentials (default: 2M)")
    String maxFileSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the scan with the options set (by picocli or {@link QuickScan}); returns the exit status. */
    int run(PrintWriter out, PrintWriter err) throws IOException {
        Level threshold = parseLevel(failOn);
        LocalDate date = parseDate(asOf);
        if (threads != null && threads < 1) throw new Main.UsageException("--threads must be at least 1");
        long maxBytes = maxFileSize == null ? Pipeline.Options.DEFAULT_MAX_FILE_SIZE : parseSize(maxFileSize);
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> targets = paths.isEmpty() ? List.of(cwd) : paths;
        Path root = rootFor(cwd, targets);
        // the rules (YAML) load on another core while the walk lists files
        java.util.concurrent.FutureTask<Pipeline> pipeline = new java.util.concurrent.FutureTask<>(
                () -> new Pipeline(RuleCatalog.loadForScan(), RuleData.load()));
        Thread loader = new Thread(pipeline, "claudit-rules");
        loader.setDaemon(true);
        loader.start();
        Workspace workspace;
        try {
            workspace = new DirectoryWalker(!noIgnore).walk(root, targets);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Pipeline.Options options = Pipeline.Options.defaults(date);
        if (threads != null) options = options.withThreads(threads);
        options = options.withMaxFileSize(maxBytes);
        ScanResult result = loaded(pipeline).scan(workspace, options, Main.version());

        write(result, root, out, err);
        for (Finding f : result.findings()) {
            if (f.level().atLeast(threshold)) return Main.FINDINGS;
        }
        return 0;
    }

    private void write(ScanResult result, Path root, PrintWriter out, PrintWriter err) throws IOException {
        StringWriter buffer = new StringWriter();
        switch (format) {
            case text -> new dev.claudit.report.TextReport(new FileLines(root), colour()).write(result, buffer, err);
            case json -> new dev.claudit.report.JsonReport().write(result, buffer);
            case sarif -> new dev.claudit.report.SarifReport(true, null).write(result, buffer); // no absolute root: same bytes on every machine
        }
        if (format != Format.text) {
            // notices go to stderr in every format; SARIF and JSON also carry them
            for (var n : result.notices()) err.println(n.path() + ": " + n.level() + ": " + n.message());
        }
        if (output == null) {
            out.print(buffer);
            out.flush();
        } else {
            writeAtomically(output, buffer.toString());
        }
    }

    private static Pipeline loaded(java.util.concurrent.FutureTask<Pipeline> pipeline) {
        try {
            return pipeline.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes to a temporary file beside the target and renames it, so a killed run never leaves half a report. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private boolean colour() {
        return output == null && format == Format.text && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** Paths are reported relative to the current directory when all targets are inside it, else to the target. */
    static Path rootFor(Path cwd, List<Path> targets) {
        boolean inside = targets.stream().allMatch(t -> t.toAbsolutePath().normalize().startsWith(cwd));
        if (inside) return cwd;
        Path first = targets.get(0).toAbsolutePath().normalize();
        return Files.isDirectory(first) ? first : first.getParent();
    }

    static Level parseLevel(String s) {
        try {
            return Level.parse(s);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--fail-on takes error, warning, note or none, not '" + s + "'");
        }
    }

    /** {@code 500000}, {@code 500000B}, {@code 512K}, {@code 4M}, {@code 4MiB}, {@code 4MB} (binary units, any case). */
    static long parseSize(String s) {
        String t = s.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.endsWith("IB")) t = t.substring(0, t.length() - 2);
        else if (t.endsWith("B")) t = t.substring(0, t.length() - 1);
        int shift = t.endsWith("K") ? 10 : t.endsWith("M") ? 20 : t.endsWith("G") ? 30 : 0;
        if (shift > 0) t = t.substring(0, t.length() - 1).trim();
        if (!t.isEmpty() && t.length() <= 12 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long n = Long.parseLong(t);
            if (n >= 1) return n << shift;
        }
        throw new Main.UsageException("--max-file-size takes a size such as 500000, 512K or 4M, not '" + s + "'");
    }

    static LocalDate parseDate(String s) {
        if (s == null) return LocalDate.now();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--as-of takes a date as YYYY-MM-DD, not '" + s + "'");
        }
    }
}
