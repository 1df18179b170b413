package dev.claudit.cli;

import dev.claudit.facts.CredentialToken;
import dev.claudit.facts.Notice;
import dev.claudit.engine.Pipeline;
import dev.claudit.engine.ProjectConfig;
import dev.claudit.engine.HistoryScan;
import dev.claudit.engine.FileLines;
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

    /** Report formats; {@code gitlab_secrets} is written {@code gitlab-secrets} on the command line. */
    enum Format {
        text, json, sarif, junit, gitlab, gitlab_secrets, github;

        String id() {
            return name().replace('_', '-');
        }

        /** The format named {@code s} (any case, {@code -} or {@code _}), or null. */
        static Format parse(String s) {
            for (Format f : values()) if (f.id().equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) return f;
            return null;
        }

        /** For picocli: the same names as {@link QuickScan}. */
        static final class Converter implements CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                Format f = parse(value);
                if (f == null) throw new CommandLine.TypeConversionException("'" + value + "' is not one of text, json, sarif, junit, gitlab, "
                        + "gitlab-secrets, github");
                return f;
            }
        }
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Parameters(paramLabel = "PATH", description = "files or directories to scan (default: .); - reads standard input as one "
            + "file named by --stdin-name")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, description = "text, json, sarif, junit (a test case per "
            + "rule, a failure per finding), gitlab (Code Quality report), gitlab-secrets (Secret Detection report of the "
            + "credentials) or github (workflow-command annotations) (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

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

    /** The config file read, as shown in messages (null: none). */
    private String configShown;

    /** SARIF's {@code %SRCROOT%} for this scan (null: the workspace root, as with --staged, whose root is the repository's). */
    private Path srcRoot;

    /** Notices about files claudit reads for itself (a default config that is a symbolic link). */
    private final List<dev.claudit.facts.Notice> ownFileNotices = new ArrayList<>();

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
        if (failOn != null) parseLevel(failOn);
        if (threads != null && threads < 1) throw new Main.UsageException("--threads must be at least 1");
        if (sarifUpload && format != Format.sarif) throw new Main.UsageException("--sarif-upload applies only to --format sarif");
        if (quiet && verbose) throw new Main.UsageException("--quiet and --verbose cannot be used together");
        if (output != null) checkOutput("--output", output);
        if (writeBaseline != null) checkOutput("--write-baseline", writeBaseline);
        Baseline accepted = baseline == null ? null : readBaseline(baseline);
        long maxBytes = maxFileSize == null ? Pipeline.Options.DEFAULT_MAX_FILE_SIZE : parseSize(maxFileSize);
        Path cwd = Path.of("").toAbsolutePath();
        // the rules (YAML) load on another core while the files are listed
        java.util.concurrent.FutureTask<Pipeline> pipeline = new java.util.concurrent.FutureTask<>(
                () -> new Pipeline(RuleCatalog.loadForScan(), RuleData.load()));
        Thread loader = new Thread(pipeline, "claudit-rules");
        loader.setDaemon(true);
        loader.start();
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
            return scan(piped, loadConfig(cwd, List.of(cwd)), date, accepted, maxBytes, pipeline, out, err);
        }
        if (history != null || commits != null) {
            if (staged) throw new Main.UsageException("--staged scans the index, --history and --commits scan commits: give one");
            if (history != null && commits != null) throw new Main.UsageException("--history and --commits: give one");
            return scanHistory(cwd, date, accepted, maxBytes, pipeline, out, err);
        }
        if (staged) {
            try (StagedFiles index = StagedFiles.open(cwd)) {
                Workspace workspace = index.workspace(cwd, paths);
                return scan(workspace, loadConfig(cwd, List.of(index.root())), date, accepted, maxBytes, pipeline, out, err);
            } catch (Git.Failure e) {
                throw new Main.UsageException("--staged: " + e.getMessage());
            }
        }
        List<Path> targets = paths.isEmpty() ? List.of(cwd) : paths;
        Path root = rootFor(cwd, targets);
        srcRoot = srcRoot(root, targets);
        Workspace workspace;
        try {
            workspace = new DirectoryWalker(!noIgnore).walk(root, targets);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        List<Path> configDirs = new ArrayList<>();
        if (paths.size() == 1 && Files.isDirectory(paths.get(0))) configDirs.add(paths.get(0).toAbsolutePath().normalize());
        configDirs.add(cwd);
        return scan(workspace, loadConfig(cwd, configDirs), date, accepted, maxBytes, pipeline, out, err);
    }

    /** {@code --history} or {@code --commits}: the blobs of commits, from the repository that holds the current directory. */
    private int scanHistory(Path cwd, LocalDate date, Baseline accepted, long maxBytes,
                            java.util.concurrent.FutureTask<Pipeline> pipeline, PrintWriter out, PrintWriter err) throws IOException {
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
            HistoryScan scan = new HistoryScan(git, log);
            VersionControl vc = new VersionControl(git.repositoryUri(), log.tip());
            return scan(null, loadConfig(cwd, List.of(git.root())), date, accepted, maxBytes, pipeline, out, err, scan, vc);
        } catch (Git.Failure e) {
            throw new Main.UsageException(option + ": " + e.getMessage());
        }
    }

    /** The repository and commit a history scan read, for SARIF's {@code versionControlProvenance}. */
    record VersionControl(String repositoryUri, String revision) {
    }

    private int scan(Workspace walked, ProjectConfig settings, LocalDate date, Baseline accepted, long maxBytes,
                     java.util.concurrent.FutureTask<Pipeline> pipeline, PrintWriter out, PrintWriter err) throws IOException {
        return scan(walked, settings, date, accepted, maxBytes, pipeline, out, err, null, null);
    }

    private int scan(Workspace walked, ProjectConfig settings, LocalDate date, Baseline accepted, long maxBytes,
                     java.util.concurrent.FutureTask<Pipeline> pipeline, PrintWriter out, PrintWriter err,
                     HistoryScan history, VersionControl vc) throws IOException {
        Level threshold = failOn != null ? parseLevel(failOn) : settings.failOn() != null ? settings.failOn() : Level.WARNING;
        List<dev.claudit.facts.Notice> configNotices = new ArrayList<>();
        settings = guardCredentialRule(settings, configNotices);
        // the repository's fail-on never lets a committed key pass unless the user says so
        boolean credentialsFail = failOn == null && settings.failOn() != null && !allowConfigDisable;
        Workspace workspace = history != null ? history.workspace(settings.excludes()::apply)
                : namedButExcluded(walked, settings.excludes().apply(walked));
        if (!ownFileNotices.isEmpty()) {
            List<dev.claudit.facts.Notice> notices = new ArrayList<>(workspace.notices());
            notices.addAll(ownFileNotices);
            workspace = new Workspace(workspace.root(), workspace.files(), notices);
        }
        Workspace listed = walked != null ? walked : workspace;
        reportConfig(settings, listed, workspace, configNotices);
        Pipeline.Options options = Pipeline.Options.defaults(date);
        if (threads != null) options = options.withThreads(threads);
        options = settings.applyTo(options.withMaxFileSize(maxBytes));
        if (history == null) options = options.withScannedDirectories(namedDirectories(walked));
        ScanResult result = history != null
                ? history.attribute(loaded(pipeline).scanEachAlone(workspace, options, Main.version()))
                : loaded(pipeline).scan(workspace, options, Main.version());
        if (!configNotices.isEmpty()) {
            List<dev.claudit.facts.Notice> all = new ArrayList<>(configNotices);
            all.addAll(result.notices());
            result = new ScanResult(result.rules(), result.findings(), result.suppressed(), all, result.filesScanned(),
                    result.elapsedMillis(), result.version());
        }
        if (verbose) {
            err.println("claudit: config: " + (configShown == null ? "none" : configShown));
            err.println("claudit: scan root: " + listed.root() + (format == Format.sarif ? "; %SRCROOT%: "
                    + (srcRoot == null ? listed.root() : srcRoot) : ""));
            if (accepted != null) err.println("claudit: baseline: " + baseline + " (" + accepted.size() + " findings)");
            err.println("claudit: rules: " + result.rules().size() + " of " + RuleCatalog.ids().size()
                    + (settings.disabledRules().isEmpty() ? "" : " (off in config: " + String.join(", ", new java.util.TreeSet<>(settings.disabledRules())) + ")"));
            err.println("claudit: files: " + listed.files().size() + " listed, " + (listed.files().size() - workspace.files().size())
                    + " excluded by config, " + result.filesScanned() + " read (the others hold no rule's keywords)");
        }

        if (writeBaseline != null) {
            Baseline recorded = Baseline.of(result.findings());
            try {
                writeAtomically(writeBaseline, recorded.render());
            } catch (IOException e) {
                throw new Main.UsageException(cannotWrite("--write-baseline", writeBaseline, e));
            }
            if (!quiet) err.println("claudit: recorded " + recorded.size() + " finding" + (recorded.size() == 1 ? "" : "s")
                    + " in baseline " + shownPath(writeBaseline.toString(), result));
            result = recorded.apply(result);
        } else if (accepted != null) {
            result = accepted.apply(result);
        }
        write(result, history != null ? null : workspace, vc, out, err);
        if (debug) printTraces(result, err);
        for (Finding f : result.findings()) {
            if (f.level().atLeast(threshold)) return Main.FINDINGS;
            if (credentialsFail && f.ruleId().equals(CREDENTIAL_RULE)) return Main.FINDINGS;
        }
        return 0;
    }

    /** The directories named on the command line below the workspace root, workspace-relative with '/' separators. */
    private List<String> namedDirectories(Workspace walked) {
        Path root = Path.of(walked.root());
        List<String> dirs = new ArrayList<>();
        for (Path named : paths) {
            Path abs = named.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs) || !abs.startsWith(root) || abs.equals(root)) continue;
            dirs.add(root.relativize(abs).toString().replace(java.io.File.separatorChar, '/'));
        }
        return dirs;
    }

    private static final String CREDENTIAL_RULE = "hardcoded-credential";

    /**
     * The config without what turns the credential rule off or lowers it, unless {@code --allow-config-disable}: a
     * repository's own file must not be able to silence the check for the keys committed to it. One notice says so.
     */
    private ProjectConfig guardCredentialRule(ProjectConfig settings, List<dev.claudit.facts.Notice> notices) {
        boolean off = settings.disabledRules().contains(CREDENTIAL_RULE);
        Level lowered = settings.levels().get(CREDENTIAL_RULE);
        if (allowConfigDisable || (!off && (lowered == null || lowered == Level.ERROR))) return settings;
        java.util.Set<String> disabled = new java.util.LinkedHashSet<>(settings.disabledRules());
        disabled.remove(CREDENTIAL_RULE);
        java.util.Map<String, Level> levels = new java.util.LinkedHashMap<>(settings.levels());
        levels.remove(CREDENTIAL_RULE);
        notices.add(dev.claudit.facts.Notice.configuration(configShown, Notice.Level.WARNING, "rules: " + CREDENTIAL_RULE + ": "
                + (off ? "off" : lowered.name().toLowerCase(java.util.Locale.ROOT)) + " ignored: a repository's config cannot "
                + "turn off or lower the credential rule without --allow-config-disable on the command line"));
        return new ProjectConfig(settings.dir(), disabled, levels, settings.exclude(), settings.gateways(),
                settings.frontendPrefixes(), settings.failOn());
    }

    /** One notice saying what the config turned off, excluded or let pass, so that it is visible in every format. */
    private void reportConfig(ProjectConfig settings, Workspace walked, Workspace kept, List<dev.claudit.facts.Notice> notices) {
        List<String> parts = new ArrayList<>();
        if (!settings.disabledRules().isEmpty()) {
            parts.add("config turns off " + String.join(", ", new java.util.TreeSet<>(settings.disabledRules())));
        }
        int excluded = walked.files().size() - kept.files().size();
        if (excluded > 0) parts.add("config excludes " + excluded + " of " + walked.files().size() + " files ("
                + String.join(", ", settings.exclude()) + ")");
        if (failOn == null && settings.failOn() != null && settings.failOn() != Level.WARNING) {
            parts.add("config sets fail-on: " + settings.failOn().name().toLowerCase(java.util.Locale.ROOT)
                    + (allowConfigDisable ? "" : " (credentials still fail the scan)"));
        }
        if (!parts.isEmpty()) notices.add(dev.claudit.facts.Notice.configuration(configShown, Notice.Level.NOTE, String.join("; ", parts)));
    }

    /**
     * The workspace after the config's excludes, with a notice for each path named on the command line whose files
     * they all took away: otherwise {@code claudit scan vendor/x.js} would say "no findings in 0 files" and nothing else.
     */
    private Workspace namedButExcluded(Workspace walked, Workspace kept) {
        if (paths.isEmpty() || kept.files().size() == walked.files().size()) return kept;
        Path root = Path.of(walked.root());
        List<dev.claudit.facts.Notice> notices = new ArrayList<>(kept.notices());
        for (Path named : paths) {
            String rel;
            try {
                rel = root.relativize(named.toAbsolutePath().normalize()).toString().replace(java.io.File.separatorChar, '/');
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (rel.startsWith("..")) continue;
            java.util.function.Predicate<dev.claudit.workspace.SourceFile> under = f -> rel.isEmpty() || f.path().equals(rel)
                    || f.path().startsWith(rel + "/");
            if (walked.files().stream().anyMatch(under) && kept.files().stream().noneMatch(under)) {
                notices.add(new dev.claudit.facts.Notice(rel.isEmpty() ? "." : rel, dev.claudit.facts.Notice.Level.WARNING, "named on the command line but "
                        + "excluded by 'exclude' in " + configShown + "; not scanned"));
            }
        }
        return new Workspace(kept.root(), kept.files(), notices);
    }

    /**
     * {@code --config FILE}, else the first {@code .claudit.yml} found from one of {@code dirs} upwards (up to the git
     * top level holding it; outside git, in that directory only), else an empty config.
     */
    private ProjectConfig loadConfig(Path cwd, List<Path> dirs) {
        if (config != null) {
            if (Files.isSymbolicLink(config)) throw new Main.UsageException("--config: " + config + ": symbolic link not followed");
            if (!Files.isRegularFile(config)) throw new Main.UsageException("--config: no such file: " + config);
            configShown = config.toString();
            return ProjectConfig.load(config, configShown);
        }
        for (Path dir : dirs) {
            Path file = findConfig(dir);
            if (file == null) continue;
            Path abs = file.toAbsolutePath().normalize();
            configShown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
            if (Files.isSymbolicLink(file)) {
                // a repository's config linking elsewhere (/proc/self/pagemap, another checkout) is not read
                ownFileNotices.add(new dev.claudit.facts.Notice(configShown, dev.claudit.facts.Notice.Level.WARNING, "symbolic link not followed; this config is not used"));
                configShown = null;
                return ProjectConfig.none(cwd);
            }
            return ProjectConfig.load(file, configShown);
        }
        return ProjectConfig.none(cwd);
    }

    /** {@code .claudit.yml} in {@code start} or a directory above it up to the git top level; only {@code start} outside git. */
    static Path findConfig(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        Path top = DirectoryWalker.findGitTop(dir);
        for (Path d = dir; d != null; d = d.getParent()) {
            Path file = d.resolve(ProjectConfig.FILE_NAME);
            // a link is returned too, so that it is reported, not read
            if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) return file;
            if (top == null || d.equals(top)) break;
        }
        return null;
    }

    private static Baseline readBaseline(Path file) {
        try {
            return Baseline.parse(new String(DirectoryWalker.readOwnFile(file), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Main.UsageException("--baseline: no such file: " + file);
        } catch (IOException e) {
            throw new Main.UsageException("--baseline: cannot read " + file + " (" + DirectoryWalker.reason(e) + ")");
        } catch (Baseline.Malformed e) {
            throw new Main.UsageException(file + ": not a claudit baseline: " + e.getMessage());
        }
    }

    /** @param workspace where source lines are read from for text; null when they are not on disk (history) */
    private void write(ScanResult result, Workspace workspace, VersionControl vc, PrintWriter out, PrintWriter err) throws IOException {
        StringWriter buffer = new StringWriter();
        switch (format) {
            case text -> {
                dev.claudit.report.TextReport text = new dev.claudit.report.TextReport(
                        workspace == null ? dev.claudit.report.SourceLines.none() : new FileLines(workspace), colour());
                if (quiet) text.writeFindings(result, buffer);
                else text.write(result, buffer, err);
            }
            case json -> new dev.claudit.report.JsonReport().write(result, buffer);
            // no absolute root: same bytes on every machine
            case sarif -> new dev.claudit.report.SarifReport(!sarifUpload, null, Main.homepage(), workspace == null
                    ? java.util.function.UnaryOperator.identity()
                    : relativeTo(srcRoot == null ? Path.of(workspace.root()) : srcRoot, Path.of(workspace.root())))
                    .withVersionControl(vc == null ? null : vc.repositoryUri(), vc == null ? null : vc.revision())
                    .write(result, buffer);
            case junit -> new dev.claudit.report.JunitReport().write(result, buffer);
            case gitlab -> new dev.claudit.report.GitLabReport(dev.claudit.report.GitLabReport.Kind.CODE_QUALITY, started).write(result, buffer);
            case gitlab_secrets -> new dev.claudit.report.GitLabReport(dev.claudit.report.GitLabReport.Kind.SECRET_DETECTION, started)
                    .write(result, buffer);
            case github -> new dev.claudit.report.GithubAnnotations().write(result, buffer);
        }
        if (format != Format.text && !quiet) {
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
        if (format != Format.text) return false;
        return (color == null ? Colour.auto : color).on(output == null && System.console() != null, System.getenv());
    }

    /**
     * SARIF's {@code %SRCROOT%}: the git top level holding every target, else the one directory scanned, else the scan
     * root — so that URIs are repository-relative from any current directory.
     */
    static Path srcRoot(Path root, List<Path> targets) {
        Path first = targets.get(0).toAbsolutePath().normalize();
        Path top = DirectoryWalker.findGitTop(Files.isDirectory(first) ? first : first.getParent());
        if (top != null && targets.stream().allMatch(t -> t.toAbsolutePath().normalize().startsWith(top))) return top;
        if (top == null && targets.size() == 1 && Files.isDirectory(first)) return first;
        return root;
    }

    /** A reported path (relative to the scan root) as a path relative to {@code srcRoot}, when it lies below it. */
    static java.util.function.UnaryOperator<String> relativeTo(Path srcRoot, Path root) {
        Path top = srcRoot.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (top.equals(base)) return java.util.function.UnaryOperator.identity();
        return path -> {
            try {
                Path abs = base.resolve(path).normalize();
                return abs.startsWith(top) ? top.relativize(abs).toString().replace(java.io.File.separatorChar, '/') : path;
            } catch (java.nio.file.InvalidPathException e) {
                return path;
            }
        };
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
