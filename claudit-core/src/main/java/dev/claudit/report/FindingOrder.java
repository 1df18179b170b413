package dev.claudit.report;

import dev.claudit.rules.Finding;

import java.util.Comparator;

/**
 * The one order findings are listed in — by the scan, {@code scan --history}, the baseline and every report, shown
 * or suppressed: path, line, column, rule (design.md, SARIF), then end and message so that the order is total and
 * reruns are byte-identical. JUnit groups findings by rule (a test case each) and keeps this order inside a rule.
 */
public final class FindingOrder {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparingInt(f -> f.location().endLine())
            .thenComparingInt(f -> f.location().endColumn())
            .thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()));

    private FindingOrder() {
    }
}
