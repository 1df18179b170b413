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
        private static final java.util.regex.Pattern EXPECT = java.util.regex.Pattern.compile("expect:(.*)");

        public Example {
            files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        }

        /** Whether a line of its files is marked as reported by {@code ruleId}: {@code expect: a, b} (a quoted part aside). */
        public boolean reports(String ruleId) {
            for (String content : files.values()) {
                java.util.regex.Matcher m = EXPECT.matcher(content);
                while (m.find()) {
                    for (String word : m.group(1).replaceAll("\"[^\"]*\"", " ").split("[\\s,]+")) if (word.equals(ruleId)) return true;
                }
            }
            return false;
        }
    }

    /** Fills {@code {name}} placeholders of the message template. */
    public String format(Map<String, String> args) {
        String out = message;
        for (Map.Entry<String, String> e : args.entrySet()) out = out.replace("{" + e.getKey() + "}", e.getValue());
        return out;
    }
}
