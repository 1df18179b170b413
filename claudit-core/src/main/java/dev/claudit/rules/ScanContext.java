package dev.claudit.rules;

import dev.claudit.facts.Project;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a detector may consult besides the file it is looking at: the whole project, the data tables,
 * the date model retirement is judged at (null for today, read when a rule first asks: finding today's date loads
 * the time-zone database, ~5 ms of a hook run that mentions no model), and the user's configuration.
 */
public record ScanContext(Project project, RuleData data, LocalDate asOf, Set<String> extraFrontendPrefixes,
                          Map<String, RuleMeta> rules) {

    public ScanContext {
        extraFrontendPrefixes = Set.copyOf(extraFrontendPrefixes);
        rules = Map.copyOf(rules);
    }

    /** The date model retirement is judged at: the one given, or today. */
    @Override
    public LocalDate asOf() {
        return asOf != null ? asOf : Today.DATE;
    }

    /** Today, found once, when first asked. */
    private static final class Today {
        static final LocalDate DATE = LocalDate.now();
    }

    /**
     * Starts a finding of {@code ruleId} at its configured level ({@link FindingBuilder}); the rule must be one this scan
     * runs, or its detector would be reporting for a rule that has no messages.
     */
    public FindingBuilder finding(String ruleId) {
        RuleMeta meta = rules.get(ruleId);
        if (meta == null) throw new IllegalStateException("rule " + ruleId + " is not in this scan's catalogue " + rules.keySet());
        return new FindingBuilder(meta);
    }

    public Level level(String ruleId) {
        RuleMeta meta = rules.get(ruleId);
        return meta == null ? Level.WARNING : meta.level();
    }
}
