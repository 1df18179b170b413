package dev.claudit.report;

import dev.claudit.facts.Redactor;
import dev.claudit.rules.RuleMeta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation generated from {@code rules/*.yml}: one page per rule ({@code docs/rules/<id>.md}) and the
 * README's rule table, whose rows link to the pages. One generator for both, so that they cannot disagree;
 * {@code RuleDocsTest} fails the build while the files on disk differ from what it writes.
 */
public final class RuleDocs {

    /** Where the pages live, relative to the repository root (the README's links are relative to it too). */
    public static final String DIRECTORY = "docs/rules";
    /** How to regenerate everything this class writes; failures and the generated files say it. */
    public static final String REGENERATE = "scripts/update-rule-docs.sh";
    static final String TABLE_BEGIN = "<!-- rules table: generated from rules/*.yml by " + REGENERATE + "; do not edit by hand -->\n";
    static final String TABLE_END = "<!-- end of rules table -->";

    private static final Pattern BACKTICKS = Pattern.compile("`{3,}");

    private final List<RuleMeta> rules;

    /** @param rules the catalogue, with examples, in catalogue order */
    public RuleDocs(List<RuleMeta> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every page, by path relative to the repository root ({@code docs/rules/wrong-host.md}), in catalogue order. */
    public Map<String, String> pages() {
        Map<String, String> out = new LinkedHashMap<>();
        for (RuleMeta r : rules) out.put(pagePath(r.id()), page(r));
        return out;
    }

    static String pagePath(String id) {
        return DIRECTORY + "/" + id + ".md";
    }

    /** The README with its rule table (between the two marker comments) regenerated. */
    public String readme(String readme) {
        int begin = readme.indexOf(TABLE_BEGIN);
        int end = readme.indexOf(TABLE_END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("README.md lacks the marker comments around the rule table: "
                    + TABLE_BEGIN.strip() + " and " + TABLE_END);
        }
        return readme.substring(0, begin + TABLE_BEGIN.length()) + new RulesTable(rules).markdown(RuleDocs::pagePath)
                + readme.substring(end);
    }

    /** One rule's page: what it flags, its level, tags and precision, its messages, how to fix it, and its examples. */
    static String page(RuleMeta r) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- generated from rules/").append(r.id()).append(".yml by ").append(REGENERATE)
                .append("; do not edit by hand -->\n");
        out.append("# `").append(r.id()).append("`\n\n");
        out.append(r.summary().strip().replaceAll("\\s+", " ")).append("\n\n");
        out.append("| | |\n|---|---|\n");
        out.append("| Level | ").append(r.level().id()).append(" |\n");
        out.append("| Security severity | ").append(r.isSecurity() ? r.securitySeverity() : "— (not a security rule)").append(" |\n");
        out.append("| Precision | ").append(r.precision()).append(" |\n");
        out.append("| Tags | ").append(String.join(", ", r.tags().stream().map(t -> "`" + t + "`").toList())).append(" |\n");
        out.append("| SARIF name | `").append(r.name()).append("` |\n\n");
        out.append("## What it flags\n\n").append(r.description().strip()).append("\n\n");
        out.append("## Messages\n\nWhat a finding says, by the name its detector reports it under; `{placeholders}` are filled "
                + "from the code.\n\n| Name | Message |\n|---|---|\n");
        r.messages().forEach((name, m) -> out.append("| `").append(name).append("` | ")
                .append(m.text().strip().replaceAll("\\s+", " ").replace("|", "\\|")).append(" |\n"));
        out.append("\n## How to fix it\n\n").append(r.help().strip()).append("\n");
        List<RuleMeta.Example> failing = r.examples().stream().filter(e -> e.reports(r.id())).toList();
        List<RuleMeta.Example> passing = r.examples().stream().filter(e -> !e.reports(r.id())).toList();
        out.append("\n## Failing examples\n\nEach line marked `expect: ").append(r.id()).append("` is reported by this rule (with a "
                + "message that contains the quoted fragment after the id, if any); a line marked with other ids is reported by those "
                + "rules; no other line is reported.\n");
        for (RuleMeta.Example e : failing) example(e, out);
        out.append("\n## Passing examples\n\nNothing here is reported by this rule.\n");
        for (RuleMeta.Example e : passing) example(e, out);
        out.append("\n---\n\nThese examples are the rule's tests (`RuleExamplesTest`); `claudit explain ").append(r.id())
                .append("` shows them too. Credentials in them are shortened.\n");
        return out.toString();
    }

    private static void example(RuleMeta.Example e, StringBuilder out) {
        out.append("\n### ").append(e.title().strip());
        if (e.asOf() != null) out.append(" (judged as of ").append(e.asOf()).append(")");
        out.append("\n");
        for (Map.Entry<String, String> file : e.files().entrySet()) {
            String content = masked(file.getValue());
            String fence = fence(content);
            out.append("\n`").append(file.getKey()).append("`:\n\n").append(fence).append(language(file.getKey())).append("\n")
                    .append(content.endsWith("\n") ? content : content + "\n").append(fence).append("\n");
        }
    }

    /** Example files hold credential-shaped test keys; a page shows the prefix and last characters only. */
    private static String masked(String content) {
        StringBuilder out = new StringBuilder();
        for (String line : content.split("\n", -1)) out.append(Redactor.maskAll(line)).append('\n');
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** A code fence longer than any run of backticks inside the content (an example may hold markdown). */
    private static String fence(String content) {
        int longest = 2;
        Matcher m = BACKTICKS.matcher(content);
        while (m.find()) longest = Math.max(longest, m.group().length());
        return "`".repeat(longest + 1);
    }

    /** The code block's language, from the file name, for GitHub's highlighting; empty when none fits. */
    static String language(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals("dockerfile") || name.startsWith("dockerfile.")) return "dockerfile";
        if (name.startsWith(".env") || name.endsWith(".env")) return "dotenv";
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "java" -> "java";
            case "kt", "kts" -> "kotlin";
            case "gradle" -> "groovy";
            case "yml", "yaml" -> "yaml";
            case "json" -> "json";
            case "jsonc" -> "jsonc";
            case "properties" -> "properties";
            case "sh", "bash" -> "sh";
            case "js", "mjs", "cjs" -> "js";
            case "ts", "mts", "cts" -> "ts";
            case "tsx" -> "tsx";
            case "jsx" -> "jsx";
            case "md" -> "markdown";
            case "xml" -> "xml";
            case "toml" -> "toml";
            case "py" -> "python";
            default -> "";
        };
    }
}
