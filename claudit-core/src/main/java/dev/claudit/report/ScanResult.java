package dev.claudit.report;

import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleMeta;

import java.util.List;

/**
 * What one scan produced, ready to write.
 *
 * @param rules         the rules that ran, in catalogue order (SARIF {@code ruleIndex} points into this list)
 * @param findings      reported findings, sorted by path, line, column, rule
 * @param suppressed    findings hidden by an inline suppression ({@code kind} {@code inSource}) or the baseline
 *                      ({@code external}); written to SARIF with {@code suppressions}, counted in text
 * @param notices       files skipped or only scanned lexically, and why; sorted by path
 * @param filesScanned  how many files were read
 * @param elapsedMillis wall time of the scan (text summary only: never in SARIF or JSON)
 * @param version       claudit's version
 */
public record ScanResult(List<RuleMeta> rules, List<Finding> findings, List<Suppressed> suppressed, List<Notice> notices,
                         int filesScanned, long elapsedMillis, String version) {

    public ScanResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notices = List.copyOf(notices);
    }

    /** A finding that was reported but hidden; {@code kind} is SARIF's {@code inSource} or {@code external}. */
    public record Suppressed(Finding finding, String kind, String justification) {
    }
}
