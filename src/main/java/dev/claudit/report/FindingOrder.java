package dev.claudit.report;

import dev.claudit.rules.Finding;

import java.util.Comparator;

/** The one order every report lists findings in, total so that reruns are byte-identical: path, line, column, rule. */
final class FindingOrder {

    static final Comparator<Finding> ORDER = Comparator
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
