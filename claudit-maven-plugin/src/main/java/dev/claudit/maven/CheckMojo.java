package dev.claudit.maven;

import dev.claudit.engine.OutputFile;
import dev.claudit.engine.ReportFormat;
import dev.claudit.engine.Scan;
import dev.claudit.engine.ScanOutcome;
import dev.claudit.engine.SettingsException;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Redactor;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code claudit:check}: scans the project as {@code claudit scan} does — the project's directory, its
 * {@code .claudit.yml} (found from there up to the git top level), a baseline — writes the report to
 * {@code target/claudit.sarif}, logs each finding as a warning or error at {@code path:line:column}, and fails the
 * build when a finding is at or above {@code failOn}. Values in messages are masked as in every claudit report.
 *
 * <p>Bound in a pom it runs in {@code verify}; from the command line:
 * {@code mvn dev.claudit:claudit-maven-plugin:0.1.0:check}. Offline: it reads files and never opens a connection.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** The directory to scan; reported paths are relative to it. */
    @Parameter(property = "claudit.directory", defaultValue = "${project.basedir}", required = true)
    File directory;

    /**
     * Fail the build when a finding is at or above this level: {@code error}, {@code warning}, {@code note} or
     * {@code none}. Default: the config file's {@code fail-on}, else {@code warning}.
     */
    @Parameter(property = "claudit.failOn")
    String failOn;

    /** The report format: sarif, json, junit, gitlab, gitlab-secrets, github or text. */
    @Parameter(property = "claudit.format", defaultValue = "sarif")
    String format;

    /** Where the report is written (default: {@code ${project.build.directory}/claudit.sarif}, or {@code .json}, {@code .xml}, {@code .txt} for other formats). */
    @Parameter(property = "claudit.outputFile", alias = "sarifFile")
    File outputFile;

    /** A {@code .claudit.yml} to read instead of the one found from {@link #directory} upwards. */
    @Parameter(property = "claudit.config")
    File config;

    /** A baseline written by {@code claudit scan --write-baseline}: the findings it records are not reported. */
    @Parameter(property = "claudit.baseline")
    File baseline;

    /** Paths to leave out, gitignore patterns relative to {@link #directory} (as {@code exclude:} in .claudit.yml). */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /** The date model retirement is judged at, {@code YYYY-MM-DD} (default: today). */
    @Parameter(property = "claudit.asOf")
    String asOf;

    /** Let the config file turn off or lower the credential rule and let its fail-on pass credentials. */
    @Parameter(property = "claudit.allowConfigDisable", defaultValue = "false")
    boolean allowConfigDisable;

    /** Also scan files .gitignore ignores, and build output and dependency folders. */
    @Parameter(property = "claudit.noIgnore", defaultValue = "false")
    boolean noIgnore;

    /** Skip the check. */
    @Parameter(property = "claudit.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("claudit: skipped (claudit.skip)");
            return;
        }
        ReportFormat reportFormat = ReportFormat.parse(format);
        if (reportFormat == null) {
            throw new MojoExecutionException("claudit: format '" + format + "' is not one of text, json, sarif, junit, gitlab, "
                    + "gitlab-secrets, github");
        }
        Path dir = directory.toPath().toAbsolutePath().normalize();
        ScanOutcome outcome;
        try {
            Scan.Builder scan = Scan.builder().workingDirectory(dir).paths(List.of(dir)).excludes(excludes)
                    .allowConfigDisable(allowConfigDisable).respectIgnores(!noIgnore).asOf(date(asOf));
            if (failOn != null && !failOn.isBlank()) scan.failOn(level(failOn));
            if (config != null) scan.configFile(config.toPath(), "config");
            if (baseline != null) scan.baseline(Scan.readBaseline(baseline.toPath(), "baseline"));
            outcome = scan.build().run();
        } catch (SettingsException e) {
            throw new MojoExecutionException("claudit: " + Redactor.maskAll(e.getMessage()), e);
        }

        Path report = (outputFile != null ? outputFile : new File(buildDirectory, "claudit." + extension(reportFormat))).toPath();
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            OutputFile.write(report, outcome.render(reportFormat, outcome.rendering()));
        } catch (IOException e) {
            throw new MojoExecutionException("claudit: cannot write " + report + " (" + e.getClass().getSimpleName() + ")", e);
        }

        for (Notice n : outcome.notices()) {
            String line = "claudit: " + (n.path() == null ? "" : Redactor.maskAll(n.path()) + ": ") + Redactor.maskAll(n.message());
            if (n.level() == Notice.Level.WARNING) log.warn(line);
            else log.info(line);
        }
        for (Finding f : outcome.findings()) {
            String line = Redactor.maskAll(f.location().path()) + ":" + f.location().line() + ":" + f.location().column()
                    + ": " + f.ruleId() + ": " + Redactor.maskAll(f.message());
            if (f.level() == Level.ERROR) log.error(line);
            else if (f.level() == Level.WARNING) log.warn(line);
            else log.info(line);
        }
        String summary = summary(outcome, report);
        if (outcome.failed()) throw new MojoFailureException(summary);
        log.info(summary);
    }

    /** One line: how many findings, how many fail the build, where the report is. */
    static String summary(ScanOutcome outcome, Path report) {
        int all = outcome.findings().size();
        int failing = outcome.failing().size();
        String files = outcome.result().filesScanned() + " file" + (outcome.result().filesScanned() == 1 ? "" : "s");
        if (all == 0) return "claudit: no findings in " + files + "; report " + report;
        String counted = all + " finding" + (all == 1 ? "" : "s") + " in " + files;
        if (failing == 0) return "claudit: " + counted + ", none at or above fail-on " + name(outcome.threshold()) + "; report " + report;
        boolean belowThreshold = outcome.failing().stream().anyMatch(f -> !f.level().atLeast(outcome.threshold()));
        return "claudit: " + counted + ", " + failing + " at or above fail-on " + name(outcome.threshold())
                + (belowThreshold ? " or credentials, which the config's fail-on cannot let pass" : "") + "; report " + report;
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case sarif -> "sarif";
            case json, gitlab, gitlab_secrets -> "json";
            case junit -> "xml";
            case text, github -> "txt";
        };
    }

    private static Level level(String s) {
        try {
            return Level.parse(s);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("failOn takes error, warning, note or none, not '" + s + "'");
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) return LocalDate.now();
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new SettingsException("asOf takes a date as YYYY-MM-DD, not '" + s + "'");
        }
    }
}
