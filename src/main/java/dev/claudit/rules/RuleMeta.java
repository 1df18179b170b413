package dev.claudit.rules;

import java.util.List;
import java.util.Map;

/**
 * A rule's metadata as written in {@code rules/<id>.yml}: the single source for the CLI, SARIF and docs.
 *
 * @param id               public id, e.g. {@code wrong-host}
 * @param name             PascalCase name for SARIF
 * @param level            default level
 * @param securitySeverity "0.1".."10.0" for security rules, else null
 * @param precision        SARIF precision: very-high, high, medium, low
 * @param tags             at most ten
 * @param summary          one sentence
 * @param description      a paragraph
 * @param message          message template with {@code {placeholders}}
 * @param help             markdown: what to do, with a link
 * @param examples         the rule's test cases, also shown by {@code claudit explain}
 */
public record RuleMeta(String id, String name, Level level, String securitySeverity, String precision, List<String> tags,
                       String summary, String description, String message, String help, List<Example> examples) {

    public RuleMeta {
        tags = List.copyOf(tags);
        examples = List.copyOf(examples);
    }

    public boolean isSecurity() {
        return securitySeverity != null;
    }

    /**
     * A test case: files (path → content) in which every line that must be reported carries
     * {@code expect: rule-id[, rule-id]} in a comment, and every other line must stay clean.
     */
    public record Example(String title, Map<String, String> files, String asOf) {
        public Example {
            files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        }
    }

    /** Fills {@code {name}} placeholders of the message template. */
    public String format(Map<String, String> args) {
        String out = message;
        for (Map.Entry<String, String> e : args.entrySet()) out = out.replace("{" + e.getKey() + "}", e.getValue());
        return out;
    }
}
