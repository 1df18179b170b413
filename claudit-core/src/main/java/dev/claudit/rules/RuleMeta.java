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
 * @param messages         the named message templates ({@code default}, {@code in-test}, ...), in the YAML's order
 * @param help             markdown: what to do, with a link
 * @param examples         the rule's test cases, also shown by {@code claudit explain}
 */
public record RuleMeta(String id, String name, Level level, String securitySeverity, String precision, List<String> tags,
                       String summary, String description, Map<String, MessageTemplate> messages, String help,
                       List<Example> examples) {

    /** The message a finding gets when its detector names none. */
    public static final String DEFAULT_MESSAGE = "default";

    public RuleMeta {
        tags = List.copyOf(tags);
        messages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messages));
        examples = List.copyOf(examples);
    }

    /** A rule with one message, its {@code default} (hand-made rules in tests and embeddings). */
    public RuleMeta(String id, String name, Level level, String securitySeverity, String precision, List<String> tags,
                    String summary, String description, String message, String help, List<Example> examples) {
        this(id, name, level, securitySeverity, precision, tags, summary, description,
                Map.of(DEFAULT_MESSAGE, MessageTemplate.parse(DEFAULT_MESSAGE, message)), help, examples);
    }

    /** The same rule at another level (a configured override). */
    public RuleMeta withLevel(Level other) {
        return new RuleMeta(id, name, other, securitySeverity, precision, tags, summary, description, messages, help, examples);
    }

    /** The {@code default} message's template (or the first one's), as {@code claudit rules} shows it. */
    public String message() {
        MessageTemplate m = messages.get(DEFAULT_MESSAGE);
        return m != null ? m.text() : messages.values().stream().findFirst().map(MessageTemplate::text).orElse("");
    }

    public boolean isSecurity() {
        return securitySeverity != null;
    }

    /**
     * A test case: files (path → content) in which every line that must be reported carries
     * {@code expect: rule-id[, rule-id]} in a comment — {@code expect: rule-id "fragment"} when the message must also
     * contain the fragment — and every other line must stay clean.
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
}
