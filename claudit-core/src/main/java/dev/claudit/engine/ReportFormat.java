package dev.claudit.engine;

import dev.claudit.report.GitLabReport;
import dev.claudit.report.GithubAnnotations;
import dev.claudit.report.JsonReport;
import dev.claudit.report.JunitReport;
import dev.claudit.report.SarifReport;
import dev.claudit.report.ScanResult;
import dev.claudit.report.TextReport;

import java.io.IOException;
import java.io.Writer;

/**
 * The report formats, one way to write each whoever asks (the command line's {@code --format}, the Maven plugin's
 * SARIF file). Constants are lower case because they are the names users type ({@code gitlab_secrets} is written
 * {@code gitlab-secrets}).
 */
public enum ReportFormat {
    text, json, sarif, junit, gitlab, gitlab_secrets, github;

    /** The name as typed: {@code gitlab-secrets}. */
    public String id() {
        return name().replace('_', '-');
    }

    /** The format named {@code s} (any case, {@code -} or {@code _}), or null. */
    public static ReportFormat parse(String s) {
        for (ReportFormat f : values()) if (f.id().equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) return f;
        return null;
    }

    /**
     * Writes {@code result} in this format to {@code out}. Only the text format writes to {@code err}: its notices and
     * summary line (none with {@link Rendering#findingsOnly()}); the others carry notices in the report or not at all.
     */
    public void write(ScanResult result, Rendering how, Writer out, Writer err) throws IOException {
        switch (this) {
            case text -> {
                TextReport report = new TextReport(how.lines(), how.colour());
                if (how.findingsOnly()) report.writeFindings(result, out);
                else report.write(result, out, err);
            }
            case json -> new JsonReport().write(result, out);
            // no absolute root: same bytes on every machine
            case sarif -> new SarifReport(!how.sarifUpload(), null, BuildInfo.homepage(), how.sarifPaths())
                    .withVersionControl(how.repositoryUri(), how.revision())
                    .write(result, out);
            case junit -> new JunitReport().write(result, out);
            case gitlab -> new GitLabReport(GitLabReport.Kind.CODE_QUALITY, how.started()).write(result, out);
            case gitlab_secrets -> new GitLabReport(GitLabReport.Kind.SECRET_DETECTION, how.started()).write(result, out);
            case github -> new GithubAnnotations().write(result, out);
        }
    }
}
