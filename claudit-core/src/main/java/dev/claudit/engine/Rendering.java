package dev.claudit.engine;

import dev.claudit.report.SourceLines;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * How a report is written, beside its format: where the text report rereads source lines from, colour, findings only,
 * SARIF for upload (suppressed and baselined results left out), SARIF paths relative to {@code %SRCROOT%}, the
 * repository and commit a history scan read, and when the scan started (GitLab's Secret Detection report needs it).
 *
 * @param repositoryUri null unless a history scan read a repository
 * @param revision      null unless a history scan read a repository
 */
public record Rendering(SourceLines lines, boolean colour, boolean findingsOnly, boolean sarifUpload,
                        UnaryOperator<String> sarifPaths, String repositoryUri, String revision, Instant started) {

    /** No source lines, no colour, everything: for reports that do not quote source lines. */
    public static Rendering plain() {
        return new Rendering(SourceLines.none(), false, false, false, UnaryOperator.identity(), null, null, Instant.now());
    }

    public Rendering withColour(boolean on) {
        return new Rendering(lines, on, findingsOnly, sarifUpload, sarifPaths, repositoryUri, revision, started);
    }

    public Rendering withFindingsOnly(boolean on) {
        return new Rendering(lines, colour, on, sarifUpload, sarifPaths, repositoryUri, revision, started);
    }

    public Rendering withSarifUpload(boolean on) {
        return new Rendering(lines, colour, findingsOnly, on, sarifPaths, repositoryUri, revision, started);
    }

    public Rendering withStarted(Instant at) {
        return new Rendering(lines, colour, findingsOnly, sarifUpload, sarifPaths, repositoryUri, revision, at);
    }

    public Rendering withVersionControl(String repositoryUri, String revision) {
        return new Rendering(lines, colour, findingsOnly, sarifUpload, sarifPaths, repositoryUri, revision, started);
    }
}
