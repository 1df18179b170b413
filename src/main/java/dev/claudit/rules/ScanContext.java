package dev.claudit.rules;

import dev.claudit.facts.Project;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a detector may consult besides the file it is looking at: the whole project, the data tables,
 * the date model retirement is judged at, and the user's configuration.
 */
public record ScanContext(Project project, RuleData data, LocalDate asOf, Set<String> extraFrontendPrefixes,
                          Map<String, RuleMeta> rules) {

    public ScanContext {
        extraFrontendPrefixes = Set.copyOf(extraFrontendPrefixes);
        rules = Map.copyOf(rules);
    }

    /** The rule's message template filled with {@code args} (pairs of name, value). */
    public String message(String ruleId, String... args) {
        RuleMeta meta = rules.get(ruleId);
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) m.put(args[i], args[i + 1]);
        return meta == null ? ruleId : meta.format(m);
    }

    public Level level(String ruleId) {
        RuleMeta meta = rules.get(ruleId);
        return meta == null ? Level.WARNING : meta.level();
    }
}
