package dev.claudit.engine;

import dev.claudit.facts.Notice;
import dev.claudit.report.Baseline;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.workspace.Workspace;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link Scan} found, and whether it fails: findings at or above the fail-on level do, and so does any
 * credential when the level came from the repository's own config (unless the user allowed the config to let them
 * pass). Findings carry masked values only; {@link Finding#secret()} is for matching, never for printing.
 */
public final class ScanOutcome {

    private final ScanResult result;
    private final ScanResult unfiltered;
    private final Workspace scanned;
    private final Workspace listed;
    private final int kept;
    private final ProjectConfig config;
    private final String configShown;
    private final Level threshold;
    private final boolean credentialsFail;
    private final Path srcRoot;

    ScanOutcome(ScanResult result, ScanResult unfiltered, Workspace scanned, Workspace listed, int kept, ProjectConfig config,
                String configShown, Level threshold, boolean credentialsFail, Path srcRoot) {
        this.result = result;
        this.unfiltered = unfiltered;
        this.scanned = scanned;
        this.listed = listed;
        this.kept = kept;
        this.config = config;
        this.configShown = configShown;
        this.threshold = threshold;
        this.credentialsFail = credentialsFail;
        this.srcRoot = srcRoot;
    }

    /** The whole result: rules run, findings, suppressed findings, notices, files read. */
    public ScanResult result() {
        return result;
    }

    /** Every finding not suppressed inline or by the baseline, sorted by path, line and column. */
    public List<Finding> findings() {
        return result.findings();
    }

    /** Files that could not be read or parsed in full, config remarks: what may make findings missing. */
    public List<Notice> notices() {
        return result.notices();
    }

    /** The findings that fail the scan (see the class comment), in order. */
    public List<Finding> failing() {
        return result.findings().stream().filter(this::fails).toList();
    }

    /** Whether any finding fails the scan. */
    public boolean failed() {
        return result.findings().stream().anyMatch(this::fails);
    }

    private boolean fails(Finding f) {
        return f.level().atLeast(threshold) || credentialsFail && f.ruleId().equals(Scan.CREDENTIAL_RULE);
    }

    /** The level at and above which findings fail. */
    public Level threshold() {
        return threshold;
    }

    /** Every finding as a baseline, before any baseline was applied (the command line's {@code --write-baseline}). */
    public Baseline baselineOfAll() {
        return Baseline.of(unfiltered.findings());
    }

    /** This outcome with the findings {@code accepted} records hidden (kept as suppressed, as SARIF and JSON show). */
    public ScanOutcome withBaseline(Baseline accepted) {
        return new ScanOutcome(accepted.apply(unfiltered), unfiltered, scanned, listed, kept, config, configShown, threshold,
                credentialsFail, srcRoot);
    }

    /** The config in effect (after the credential rule's guard), empty when there was no file. */
    public ProjectConfig config() {
        return config;
    }

    /** The config file as messages name it, or null: none. */
    public String configShown() {
        return configShown;
    }

    /** The files listed before the config's excludes; the workspace root is what reported paths are relative to. */
    public Workspace listed() {
        return listed;
    }

    /** How many files the config's excludes left to scan. */
    public int kept() {
        return kept;
    }

    /** SARIF's {@code %SRCROOT%}: the git top level, else the directory scanned, else the scan root. */
    public Path srcRoot() {
        return srcRoot;
    }

    /**
     * How this scan's reports are written by default: source lines reread from the scanned files (none for git history,
     * whose blobs are not on disk), SARIF paths relative to {@link #srcRoot()}.
     */
    public Rendering rendering() {
        if (scanned == null) return Rendering.plain();
        return new Rendering(new FileLines(scanned), false, false, false,
                Scan.relativeTo(srcRoot, Path.of(scanned.root())), null, null, Instant.now());
    }

    /** Writes the report in {@code format}; the text format's notices and summary go to {@code err}. */
    public void write(ReportFormat format, Rendering how, Writer out, Writer err) throws IOException {
        format.write(result, how, out, err);
    }

    /** The report in {@code format} as a string (the text format without its notices and summary). */
    public String render(ReportFormat format, Rendering how) {
        StringWriter out = new StringWriter();
        try {
            format.write(result, how, out, Writer.nullWriter());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
