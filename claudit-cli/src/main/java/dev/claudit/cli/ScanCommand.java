package dev.claudit.cli;

import dev.claudit.facts.CredentialToken;
import dev.claudit.facts.Notice;
import dev.claudit.engine.Pipeline;
import dev.claudit.engine.Rendering;
import dev.claudit.engine.ReportFormat;
import dev.claudit.engine.Scan;
import dev.claudit.engine.ScanOutcome;
import dev.claudit.engine.HistoryScan;
import dev.claudit.engine.OutputFile;
import dev.claudit.report.Baseline;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.Git;
import dev.claudit.workspace.GitHistory;
import dev.claudit.workspace.StagedFiles;
import dev.claudit.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code claudit scan}: scans files and directories and reports findings. */
@Command(name = "scan", description = "Scan files and directories (default: the current directory).")
final class ScanCommand implements Callable<Integer> {

    /** For picocli: the same names as {@link QuickScan}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            ReportFormat f = ReportFormat.parse(value);
            if (f == null) throw new CommandLine.TypeConversionException("'" + value + "' is not one of text, json, sarif, junit, gitlab, "
                    + "gitlab-secrets, github");
            return f;
        }
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(paramLabel = "PATH", description = "files or directories to scan (default: .); - reads standard input as one "
            + "file named by --stdin-name")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, description = "text, json, sarif, junit (a test case per "
            + "rule, a failure per finding), gitlab (Code Quality report), gitlab-secrets (Secret Detection report of the "
            + "credentials) or github (workflow-command annotations) (default: ${DEFAULT-VALUE})", defaultValue = "text")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at or above LEVEL: error, warning, note or none (default: the config file's fail-on, else warning)")
    String failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the date model retirement is judged at (default: today)")
    String asOf;

    @Option(names = "--no-ignore", description = "also scan files that .gitignore ignores, and build output and dependency folders (target, build, node_modules, ...)")
    boolean noIgnore;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--staged", description = "scan what is about to be committed: the staged content of the git index, "
            + "not the working tree; paths are relative to the repository root, PATHs restrict the scan")
    boolean staged;

    @Option(names = "--config", paramLabel = "FILE", description = "read settings from FILE (default: .claudit.yml in the "
            + "directory scanned or the current directory, or the nearest one above it up to the git top level; the repository "
            + "root's with --staged)")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE", description = "hide the findings recorded in FILE (see --write-baseline)")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "record every current finding in FILE, so that "
            + "--baseline FILE hides them from later scans")
    Path writeBaseline;

    @Option(names = "--sarif-upload", description = "SARIF for upload to GitHub code scanning: leave out suppressed and "
            + "baselined results (local SARIF keeps them, marked with suppressions)")
    boolean sarifUpload;

    @Option(names = "--debug", description = "also print the stack traces of contained failures (files that could not be "
            + "read or parsed, rules that failed on a file) to stderr; credentials stay masked")
    boolean debug;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "colour the text report: auto (a "
            + "terminal, unless NO_COLOR is set or TERM=dumb), always or never (default: ${DEFAULT-VALUE})")
    Colour color;

    @Option(names = {"-q", "--quiet"}, description = "print the findings only: no summary line, no notices")
    boolean quiet;

    @Option(names = "--verbose", description = "also print to stderr what the scan used: config file, roots, baseline, "
            + "rules, and how many files were listed, excluded and read")
    boolean verbose;

    @Option(names = "--allow-config-disable", description = "let the config file turn off or lower hardcoded-credential and "
            + "let its fail-on pass credential findings (without it, a repository cannot silence its own key check)")
    boolean allowConfigDisable;

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "files larger than SIZE (bytes, or with K or M) are only scanned for credentials (default: 2M)")
    String maxFileSize;

    @Option(names = "--history", arity = "0..*", paramLabel = "REV", description = "scan every blob in the git history "
            + "of the REVs that follow (default: all refs): a key committed and removed is still leaked; findings carry "
            + "the commit that added them and say when the tip no longer has them. PATHs go before --history or after --")
    List<String> history;

    @Option(names = "--commits", paramLabel = "A..B", description = "scan what the commits of a range add (a pull "
            + "request's base..head, the commits being pushed), as --history does")
    String commits;

    @Option(names = "--stdin-name", paramLabel = "NAME", description = "the path reported for - (standard input); its file "
            + "name gives the kind: .env, application.yml, App.java (default: stdin)")
    String stdinName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** When the scan started (GitLab's Secret Detection report requires it). */
    private java.time.Instant started = java.time.Instant.now();

    @Override
    public Integer call() throws IOException {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the scan with the options set (by picocli or {@link QuickScan}); returns the exit status. */
    int run(PrintWriter out, PrintWriter err) throws IOException {
        started = java.time.Instant.now();
        LocalDate date = parseDate(asOf);
        Level threshold = failOn == null ? null : parseLevel(failOn);
        if (threads != null && threads < 1) throw new Main.UsageException("--threads must be at least 1");
        if (sarifUpload && format != ReportFormat.sarif) throw new Main.UsageException("--sarif-upload applies only to --format sarif");
        if (quiet && verbose) throw new Main.UsageException("--quiet and --verbose cannot be used together");
        if (output != null) checkOutput("--output", output);
        if (writeBaseline != null) checkOutput("--write-baseline", writeBaseline);
        Baseline accepted = baseline == null ? null : Scan.readBaseline(baseline, "--baseline");
        long maxBytes = maxFileSize == null ? Pipeline.Options.DEFAULT_MAX_FILE_SIZE : parseSize(maxFileSize);
        Path cwd = Path.of("").toAbsolutePath();
        // the rules (YAML) load on another core while the files are listed
        java.util.concurrent.FutureTask<Pipeline> pipeline = new java.util.concurrent.FutureTask<>(
                () -> new Pipeline(RuleCatalog.loadForScan(), RuleData.load()));
        Thread loader = new Thread(pipeline, "claudit-rules");
        loader.setDaemon(true);
        loader.start();
        Scan.Builder scan = Scan.builder().workingDirectory(cwd).paths(paths).asOf(date).failOn(threshold)
                .maxFileSize(maxBytes).respectIgnores(!noIgnore).allowConfigDisable(allowConfigDisable)
                .pipeline(() -> loaded(pipeline)).version(Main.version());
        if (threads != null) scan.threads(threads);
        boolean stdin = paths.contains(Path.of("-"));
        if (stdinName != null && !stdin) throw new Main.UsageException("--stdin-name names standard input: give - as the PATH");
        if (stdin) {
            if (paths.size() != 1 || staged || history != null || commits != null) {
                throw new Main.UsageException("- (standard input) is scanned alone: no other PATH, --staged, --history or --commits");
            }
            Workspace piped;
            try {
                piped = dev.claudit.workspace.StandardInput.read(cwd.toString(),
                        stdinName == null ? dev.claudit.workspace.StandardInput.DEFAULT_NAME : stdinName, System.in);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException(e.getMessage());
            }
            return report(withConfig(scan.workspace(piped, List.of(cwd))).build().run(), accepted, null, out, err);
        }
        if (history != null || commits != null) {
            if (staged) throw new Main.UsageException("--staged scans the index, --history and --commits scan commits: give one");
            if (history != null && commits != null) throw new Main.UsageException("--history and --commits: give one");
            return scanHistory(cwd, scan, accepted, out, err);
        }
        if (staged) {
            try (StagedFiles index = StagedFiles.open(cwd)) {
                Workspace workspace = index.workspace(cwd, paths);
                return report(withConfig(scan.workspace(workspace, List.of(index.root()))).build().run(), accepted, null, out, err);
            } catch (Git.Failure e) {
                throw new Main.UsageException("--staged: " + e.getMessage());
            }
        }
        return report(withConfig(scan).build().run(), accepted, null, out, err);
    }

    /** {@code --config FILE}, else the engine's own search for {@code .claudit.yml}. */
    private Scan.Builder withConfig(Scan.Builder scan) {
        return config == null ? scan : scan.configFile(config, "--config");
    }

    /** {@code --history} or {@code --commits}: the blobs of commits, from the repository that holds the current directory. */
    private int scanHistory(Path cwd, Scan.Builder scan, Baseline accepted, PrintWriter out, PrintWriter err) throws IOException {
        String option = commits != null ? "--commits" : "--history";
        try (GitHistory git = GitHistory.open(cwd)) {
            List<String> revisions;
            String tip;
            if (commits != null) {
                if (commits.isBlank()) throw new Main.UsageException("--commits takes a range such as main..HEAD");
                revisions = List.of(commits);
                int dots = commits.lastIndexOf("..");
                // findings are judged present at the range's end: what the merge would bring
                tip = dots < 0 ? commits : commits.substring(dots + 2).replaceFirst("^\\.", "");
                if (tip.isEmpty()) tip = "HEAD";
            } else {
                revisions = history.isEmpty() ? List.of("--all") : history;
                tip = "HEAD";
            }
            GitHistory.Log log = git.log(revisions, tip, git.pathspecs(cwd, paths));
            ScanOutcome outcome = withConfig(scan.history(new HistoryScan(git, log), git.root())).build().run();
            return report(outcome, accepted, new VersionControl(git.repositoryUri(), log.tip()), out, err);
        } catch (Git.Failure e) {
            throw new Main.UsageException(option + ": " + e.getMessage());
        }
    }

    /** The repository and commit a history scan read, for SARIF's {@code versionControlProvenance}. */
    record VersionControl(String repositoryUri, String revision) {
    }

    /** Prints what the scan used (--verbose), records or applies a baseline, writes the report; returns the exit status. */
    private int report(ScanOutcome outcome, Baseline accepted, VersionControl vc, PrintWriter out, PrintWriter err) throws IOException {
        ScanResult result = outcome.result();
        if (verbose) {
            Workspace listed = outcome.listed();
            err.println("claudit: config: " + (outcome.configShown() == null ? "none" : outcome.configShown()));
            err.println("claudit: scan root: " + listed.root() + (format == ReportFormat.sarif ? "; %SRCROOT%: " + outcome.srcRoot() : ""));
            if (accepted != null) err.println("claudit: baseline: " + baseline + " (" + accepted.size() + " findings)");
            java.util.Set<String> off = outcome.config().disabledRules();
            err.println("claudit: rules: " + result.rules().size() + " of " + RuleCatalog.ids().size()
                    + (off.isEmpty() ? "" : " (off in config: " + String.join(", ", new java.util.TreeSet<>(off)) + ")"));
            err.println("claudit: files: " + listed.files().size() + " listed, " + (listed.files().size() - outcome.kept())
                    + " excluded by config, " + result.filesScanned() + " searched as text (the others binary or unreadable)");
        }

        if (writeBaseline != null) {
            Baseline recorded = outcome.baselineOfAll();
            try {
                writeAtomically(writeBaseline, recorded.render());
            } catch (IOException e) {
                throw new Main.UsageException(cannotWrite("--write-baseline", writeBaseline, e));
            }
            if (!quiet) err.println("claudit: recorded " + recorded.size() + " finding" + (recorded.size() == 1 ? "" : "s")
                    + " in baseline " + shownPath(writeBaseline.toString(), result));
            outcome = outcome.withBaseline(recorded);
        } else if (accepted != null) {
            outcome = outcome.withBaseline(accepted);
        }
        write(outcome, vc, out, err);
        if (debug) printTraces(outcome.result(), err);
        return outcome.failed() ? Main.FINDINGS : 0;
    }


    /** The report in --format, to --output or stdout; in formats other than text, the notices to stderr too. */
    private void write(ScanOutcome outcome, VersionControl vc, PrintWriter out, PrintWriter err) throws IOException {
        ScanResult result = outcome.result();
        Rendering how = outcome.rendering().withColour(colour()).withFindingsOnly(quiet).withSarifUpload(sarifUpload)
                .withStarted(started);
        if (vc != null) how = how.withVersionControl(vc.repositoryUri(), vc.revision());
        StringWriter buffer = new StringWriter();
        format.write(result, how, buffer, err);
        if (format != ReportFormat.text && !quiet) {
            // notices go to stderr in every format; SARIF and JSON also carry them
            new dev.claudit.report.TextReport(dev.claudit.report.SourceLines.none(), false).writeNotices(result.notices(), err);
        }
        if (output == null) {
            out.print(buffer);
            out.flush();
        } else {
            try {
                writeAtomically(output, buffer.toString());
            } catch (IOException e) {
                throw new Main.UsageException(cannotWrite(output, e));
            }
        }
    }

    /**
     * An {@code --output} that cannot be written is the user's to fix (exit 2), not a claudit failure (exit 3);
     * checked before scanning so a long scan is not wasted, and again when writing (a full disk, say).
     */
    static void checkOutput(String option, Path output) {
        String problem = OutputFile.problem(output);
        if ("is a directory".equals(problem)) throw new Main.UsageException(option + " " + output + " is a directory");
        if (problem != null) throw new Main.UsageException("cannot write " + option + " " + output + ": " + problem);
    }

    static String cannotWrite(Path output, IOException e) {
        return cannotWrite("--output", output, e);
    }

    static String cannotWrite(String option, Path output, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName();
        return "cannot write " + option + " " + output + ": " + why;
    }

    /** A path for a message: credentials in it masked, pieces of every key found too, no control characters. */
    static String shownPath(String path, ScanResult result) {
        String shown = dev.claudit.facts.Redactor.maskAll(path);
        for (Finding f : result.findings()) {
            if (f.secret() == null || f.secret().length() < 16) continue;
            // words of the path that are pieces of a found key (a key split over folder names)
            StringBuilder out = new StringBuilder();
            for (String part : shown.split("(?<=[^A-Za-z0-9_-])|(?=[^A-Za-z0-9_-])")) {
                out.append(part.length() >= 8 && !part.startsWith(CredentialToken.MARK) && f.secret().contains(part) ? "…" : part);
            }
            shown = out.toString();
        }
        return DebugTrace.printable(shown);
    }

    /** {@code --debug}: each contained failure's stack trace, after the notices; secrets found by the scan masked. */
    private static void printTraces(ScanResult result, PrintWriter err) {
        java.util.Set<String> secrets = new java.util.HashSet<>();
        for (Finding f : result.findings()) if (f.secret() != null) secrets.add(f.secret());
        for (ScanResult.Suppressed s : result.suppressed()) if (s.finding().secret() != null) secrets.add(s.finding().secret());
        for (var n : result.notices()) {
            if (n.cause() == null) continue;
            err.println("claudit: debug: " + DebugTrace.printable(dev.claudit.facts.Redactor.maskAll(n.path())) + ": " + n.message());
            DebugTrace.print(n.cause(), secrets, err);
        }
        err.flush();
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

    /** Writes a report or baseline as {@link OutputFile} does: renamed over a regular file, in place on a device or FIFO. */
    static void writeAtomically(Path target, String content) throws IOException {
        OutputFile.write(target, content);
    }

    private boolean colour() {
        if (format != ReportFormat.text) return false;
        return (color == null ? Colour.auto : color).on(output == null && System.console() != null, System.getenv());
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

    /** The date given, or null for today (found only if a rule asks: see {@code ScanContext#asOf}). */
    static LocalDate parseDate(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--as-of takes a date as YYYY-MM-DD, not '" + s + "'");
        }
    }
}
