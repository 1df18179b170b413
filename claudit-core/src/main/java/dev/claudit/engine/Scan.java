package dev.claudit.engine;

import dev.claudit.facts.Notice;
import dev.claudit.report.Baseline;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Level;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.PathExcludes;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One scan as claudit runs it, for whoever embeds the engine (the command line, the Maven plugin, a build tool):
 * which files, which {@code .claudit.yml}, which options; {@link #run()} reads the files, applies the config
 * (excludes, rules turned off or given another level, a default fail-on), runs every rule and returns a
 * {@link ScanOutcome} that holds the findings and notices, decides whether they fail the build and writes any
 * {@link ReportFormat}.
 *
 * <pre>{@code
 * ScanOutcome outcome = Scan.builder().paths(List.of(projectDir)).baseline(Path.of("claudit-baseline.json")).build().run();
 * outcome.write(ReportFormat.sarif, outcome.rendering(), writer, errors);
 * if (outcome.failed()) ...
 * }</pre>
 *
 * <p>A repository's own config cannot turn off or lower the credential rule, nor let its fail-on pass a credential,
 * unless {@link Builder#allowConfigDisable(boolean)} says the user allows it (the command line's
 * {@code --allow-config-disable}). Bad settings throw {@link SettingsException}; a failure in one file or one rule
 * is a notice, never an exception.
 */
public final class Scan {

    /** The rule a repository's config cannot silence on its own. */
    static final String CREDENTIAL_RULE = "hardcoded-credential";

    private final Builder b;

    private Scan(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What to scan and how; every setting has a default (the current directory, its {@code .claudit.yml}, today). */
    public static final class Builder {
        private Path cwd = Path.of("").toAbsolutePath();
        private List<Path> paths = List.of();
        private Workspace workspace;
        private HistoryScan history;
        private List<Path> configDirs;
        private Path configFile;
        private String configOption = "config";
        private ConfigFile config;
        private Baseline baseline;
        private List<String> excludes = List.of();
        private LocalDate asOf;
        private Level failOn;
        private Integer threads;
        private long maxFileSize = Pipeline.Options.DEFAULT_MAX_FILE_SIZE;
        private boolean respectIgnores = true;
        private boolean allowConfigDisable;
        private Supplier<Pipeline> pipeline;
        private String version = BuildInfo.version();

        private Builder() {
        }

        /** Where relative paths start and what reported paths are relative to when every path lies below it (default: the current directory). */
        public Builder workingDirectory(Path dir) {
            cwd = dir.toAbsolutePath().normalize();
            return this;
        }

        /** Files and directories to scan (default: the working directory); directories are walked as git would list them. */
        public Builder paths(List<Path> paths) {
            this.paths = List.copyOf(paths);
            return this;
        }

        /**
         * Files already listed (standard input, the git index) instead of walking {@link #paths}, which then only say
         * what the user named; {@code configDirs} are where {@code .claudit.yml} is looked for.
         */
        public Builder workspace(Workspace listed, List<Path> configDirs) {
            this.workspace = listed;
            this.configDirs = List.copyOf(configDirs);
            return this;
        }

        /** The blobs of git history instead of files, each scanned alone (the command line's {@code --history}). */
        public Builder history(HistoryScan history, Path repositoryRoot) {
            this.history = history;
            this.configDirs = List.of(repositoryRoot);
            return this;
        }

        /** Reads settings from this file (default: the {@code .claudit.yml} found from the scanned directory upwards); {@code option} names it in messages. */
        public Builder configFile(Path file, String option) {
            this.configFile = file;
            this.configOption = option;
            return this;
        }

        /** A config already loaded (the command line loads it before listing files, to report its errors first). */
        public Builder config(ConfigFile loaded) {
            this.config = loaded;
            return this;
        }

        /** Findings recorded in this baseline are hidden (reported as suppressed in SARIF and JSON). */
        public Builder baseline(Baseline accepted) {
            this.baseline = accepted;
            return this;
        }

        /**
         * More paths to leave out, in {@code .claudit.yml}'s {@code exclude:} syntax (gitignore patterns) relative to
         * the working directory, on top of the config's (the Maven plugin's {@code excludes}).
         */
        public Builder excludes(List<String> patterns) {
            this.excludes = List.copyOf(patterns);
            return this;
        }

        /** The date model retirement is judged at (default, or null: today). */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /** Findings at or above this level fail (default: the config's {@code fail-on}, else warning). */
        public Builder failOn(Level level) {
            this.failOn = level;
            return this;
        }

        /** Worker threads (default: the number of cores). */
        public Builder threads(int n) {
            if (n < 1) throw new SettingsException("threads must be at least 1");
            this.threads = n;
            return this;
        }

        /** Files larger than this many bytes are only scanned for credentials (default: 2 MiB). */
        public Builder maxFileSize(long bytes) {
            if (bytes < 1) throw new SettingsException("max file size must be at least 1 byte");
            this.maxFileSize = bytes;
            return this;
        }

        /** False: also files .gitignore ignores, and build output and dependency folders (the command line's {@code --no-ignore}). */
        public Builder respectIgnores(boolean on) {
            this.respectIgnores = on;
            return this;
        }

        /** Lets the config turn off or lower the credential rule and let its fail-on pass credentials. */
        public Builder allowConfigDisable(boolean on) {
            this.allowConfigDisable = on;
            return this;
        }

        /** The rules and detectors (default: loaded when the scan runs; the command line loads them on another thread meanwhile). */
        public Builder pipeline(Supplier<Pipeline> rules) {
            this.pipeline = rules;
            return this;
        }

        /** The version reports carry (default: the build's). */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Scan build() {
            return new Scan(this);
        }
    }

    /**
     * Lists the files (unless given), loads the config (unless given), scans, and applies the baseline.
     *
     * @throws SettingsException a path, config file or option that is wrong
     */
    public ScanOutcome run() {
        List<Path> named = b.paths.stream().map(b.cwd::resolve).toList();
        Workspace walked = b.workspace;
        Path srcRoot = null;
        List<Path> configDirs = b.configDirs;
        if (walked == null && b.history == null) {
            List<Path> targets = named.isEmpty() ? List.of(b.cwd) : named;
            Path root = rootFor(b.cwd, targets);
            srcRoot = srcRoot(root, targets);
            try {
                walked = new DirectoryWalker(b.respectIgnores).walk(root, targets);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(e.getMessage());
            }
            configDirs = new ArrayList<>();
            if (named.size() == 1 && Files.isDirectory(targets.get(0))) configDirs.add(targets.get(0).toAbsolutePath().normalize());
            configDirs.add(b.cwd);
        }
        ConfigFile loaded = b.config != null ? b.config
                : b.configFile != null ? ConfigFile.named(b.configFile, b.configOption)
                : ConfigFile.discover(b.cwd, configDirs);
        ProjectConfig settings = loaded.config();
        Level threshold = b.failOn != null ? b.failOn : settings.failOn() != null ? settings.failOn() : Level.WARNING;
        List<Notice> configNotices = new ArrayList<>();
        settings = guardCredentialRule(settings, loaded.shown(), configNotices);
        // the repository's fail-on never lets a committed key pass unless the user says so
        boolean credentialsFail = b.failOn == null && settings.failOn() != null && !b.allowConfigDisable;
        PathExcludes configured = settings.excludes();
        PathExcludes extra = new PathExcludes(b.cwd, b.excludes);
        UnaryOperator<Workspace> exclude = w -> extra.apply(configured.apply(w));
        Workspace workspace = b.history != null ? b.history.workspace(exclude)
                : namedButExcluded(walked, exclude.apply(walked), named, loaded.shown());
        if (!loaded.notices().isEmpty()) {
            List<Notice> notices = new ArrayList<>(workspace.notices());
            notices.addAll(loaded.notices());
            workspace = new Workspace(workspace.root(), workspace.files(), notices);
        }
        Workspace listed = walked != null ? walked : workspace;
        reportConfig(settings, loaded.shown(), listed, workspace, configNotices);
        Pipeline.Options options = Pipeline.Options.defaults(b.asOf); // null: today, when a rule asks
        if (b.threads != null) options = options.withThreads(b.threads);
        options = settings.applyTo(options.withMaxFileSize(b.maxFileSize));
        if (b.history == null) options = options.withScannedDirectories(namedDirectories(walked, named));
        Pipeline pipeline = b.pipeline != null ? b.pipeline.get() : new Pipeline(RuleCatalog.loadForScan(), RuleData.load());
        ScanResult result = b.history != null
                ? b.history.attribute(pipeline.scanEachAlone(workspace, options, b.version))
                : pipeline.scan(workspace, options, b.version);
        if (!configNotices.isEmpty()) {
            List<Notice> all = new ArrayList<>(configNotices);
            all.addAll(result.notices());
            result = new ScanResult(result.rules(), result.findings(), result.suppressed(), all, result.filesScanned(),
                    result.elapsedMillis(), result.version());
        }
        ScanOutcome outcome = new ScanOutcome(result, result, b.history != null ? null : workspace, listed, workspace.files().size(),
                settings, loaded.shown(), threshold, credentialsFail,
                srcRoot == null ? Path.of(listed.root()) : srcRoot);
        return b.baseline == null ? outcome : outcome.withBaseline(b.baseline);
    }

    /**
     * A baseline file as {@code --write-baseline} wrote it; {@code option} names it in messages.
     *
     * @throws SettingsException the file is missing, unreadable or not a baseline
     */
    public static Baseline readBaseline(Path file, String option) {
        try {
            return Baseline.parse(new String(DirectoryWalker.readOwnFile(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new SettingsException(option + ": no such file: " + file);
        } catch (IOException e) {
            throw new SettingsException(option + ": cannot read " + file + " (" + DirectoryWalker.reason(e) + ")");
        } catch (Baseline.Malformed e) {
            throw new SettingsException(file + ": not a claudit baseline: " + e.getMessage());
        }
    }

    /**
     * The config without what turns the credential rule off or lowers it, unless allowed: a repository's own file must
     * not be able to silence the check for the keys committed to it. One notice says so.
     */
    private ProjectConfig guardCredentialRule(ProjectConfig settings, String shown, List<Notice> notices) {
        boolean off = settings.disabledRules().contains(CREDENTIAL_RULE);
        Level lowered = settings.levels().get(CREDENTIAL_RULE);
        if (b.allowConfigDisable || (!off && (lowered == null || lowered == Level.ERROR))) return settings;
        Set<String> disabled = new LinkedHashSet<>(settings.disabledRules());
        disabled.remove(CREDENTIAL_RULE);
        Map<String, Level> levels = new LinkedHashMap<>(settings.levels());
        levels.remove(CREDENTIAL_RULE);
        notices.add(Notice.configuration(shown, Notice.Level.WARNING, "rules: " + CREDENTIAL_RULE + ": "
                + (off ? "off" : lowered.name().toLowerCase(Locale.ROOT)) + " ignored: a repository's config cannot "
                + "turn off or lower the credential rule without --allow-config-disable on the command line"));
        return new ProjectConfig(settings.dir(), disabled, levels, settings.exclude(), settings.gateways(),
                settings.frontendPrefixes(), settings.failOn());
    }

    /** One notice saying what the config turned off, excluded or let pass, so that it is visible in every format. */
    private void reportConfig(ProjectConfig settings, String shown, Workspace walked, Workspace kept, List<Notice> notices) {
        List<String> parts = new ArrayList<>();
        if (!settings.disabledRules().isEmpty()) {
            parts.add("config turns off " + String.join(", ", new TreeSet<>(settings.disabledRules())));
        }
        int excluded = walked.files().size() - kept.files().size();
        List<String> patterns = new ArrayList<>(settings.exclude());
        patterns.addAll(b.excludes);
        if (excluded > 0) parts.add("config excludes " + excluded + " of " + walked.files().size() + " files ("
                + String.join(", ", patterns) + ")");
        if (b.failOn == null && settings.failOn() != null && settings.failOn() != Level.WARNING) {
            parts.add("config sets fail-on: " + settings.failOn().name().toLowerCase(Locale.ROOT)
                    + (b.allowConfigDisable ? "" : " (credentials still fail the scan)"));
        }
        if (!parts.isEmpty()) notices.add(Notice.configuration(shown, Notice.Level.NOTE, String.join("; ", parts)));
    }

    /**
     * The workspace after the config's excludes, with a notice for each path named whose files they all took away:
     * otherwise {@code claudit scan vendor/x.js} would say "no findings in 0 files" and nothing else.
     */
    private static Workspace namedButExcluded(Workspace walked, Workspace kept, List<Path> named, String shown) {
        if (named.isEmpty() || kept.files().size() == walked.files().size()) return kept;
        Path root = Path.of(walked.root());
        List<Notice> notices = new ArrayList<>(kept.notices());
        for (Path path : named) {
            String rel;
            try {
                rel = root.relativize(path.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (rel.startsWith("..")) continue;
            Predicate<SourceFile> under = f -> rel.isEmpty() || f.path().equals(rel) || f.path().startsWith(rel + "/");
            if (walked.files().stream().anyMatch(under) && kept.files().stream().noneMatch(under)) {
                notices.add(new Notice(rel.isEmpty() ? "." : rel, Notice.Level.WARNING, "named on the command line but "
                        + "excluded by 'exclude' in " + shown + "; not scanned"));
            }
        }
        return new Workspace(kept.root(), kept.files(), notices);
    }

    /** The directories named below the workspace root, workspace-relative with '/' separators. */
    private static List<String> namedDirectories(Workspace walked, List<Path> named) {
        Path root = Path.of(walked.root());
        List<String> dirs = new ArrayList<>();
        for (Path path : named) {
            Path abs = path.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs) || !abs.startsWith(root) || abs.equals(root)) continue;
            dirs.add(root.relativize(abs).toString().replace(File.separatorChar, '/'));
        }
        return dirs;
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
    static UnaryOperator<String> relativeTo(Path srcRoot, Path root) {
        Path top = srcRoot.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (top.equals(base)) return UnaryOperator.identity();
        return path -> {
            try {
                Path abs = base.resolve(path).normalize();
                return abs.startsWith(top) ? top.relativize(abs).toString().replace(File.separatorChar, '/') : path;
            } catch (InvalidPathException e) {
                return path;
            }
        };
    }

    /** Paths are reported relative to the working directory when all targets are inside it, else to the target. */
    static Path rootFor(Path cwd, List<Path> targets) {
        boolean inside = targets.stream().allMatch(t -> t.toAbsolutePath().normalize().startsWith(cwd));
        if (inside) return cwd;
        Path first = targets.get(0).toAbsolutePath().normalize();
        return Files.isDirectory(first) ? first : first.getParent();
    }
}
