package dev.claudit.rules.detectors;

import dev.claudit.rules.Credentials;
import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import dev.claudit.rules.Detector;
import dev.claudit.rules.KeyNames;
import dev.claudit.rules.ScanContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code key-whitespace}: a setting that holds an Anthropic key (by its name, or because its value is one)
 * whose value carries blanks or line breaks the key does not have — a YAML {@code |} or {@code >} block
 * scalar's final newline, a quoted value with a space, a trailing blank in a {@code .properties} file, a
 * line break inside. The value itself is never shown.
 */
public final class KeyWhitespace implements Detector {

    public static final String ID = "key-whitespace";

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        return Keywords.builder().ignoringCase(data.vendorWords()).exact(Credentials.MARK).build();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        KeyNames names = new KeyNames(ctx.data());
        for (Setting s : file.settings()) {
            if (s.origin() == Setting.Origin.JAVA) continue;
            Optional<String> problem = problem(s.value(), s.style() == Setting.Style.BLOCK);
            if (problem.isEmpty() || !holdsKey(s, names, ctx)) continue;
            out.report(ctx.finding(ID).message(problem.get()).with("name", s.key()).at(s.location()).matched(s.key()).build());
        }
    }

    /** Named like an Anthropic key ({@code ANTHROPIC_API_KEY}, {@code spring.ai.anthropic.api-key}) or holding an {@code sk-ant-} token. */
    private static boolean holdsKey(Setting s, KeyNames names, ScanContext ctx) {
        String simple = s.simpleName();
        if (names.namesAnthropicSecret(simple)) return true;
        String key = s.key().toUpperCase(Locale.ROOT);
        boolean vendor = ctx.data().vendorWords().stream().anyMatch(key::contains);
        if (vendor && (names.namesApiKey(simple) || KeyNames.namesOAuthToken(simple))) return true;
        // a value that is a key, perhaps after a scheme word (Bearer sk-ant-…), not a text that quotes one (a docs
        // chunk of a retrieval index: "…pass in an API key, like this: \"sk-ant-api03-…\"\n")
        String text = s.value().render().strip();
        int mark = text.indexOf(Credentials.MARK);
        return mark >= 0 && text.substring(0, mark).strip().chars().noneMatch(Character::isWhitespace);
    }

    /** The name of the message (rules/key-whitespace.yml) for the whitespace a key value should not have; empty when there is none. */
    static Optional<String> problem(Value value, boolean yamlBlock) {
        List<Value> parts = value instanceof Value.Concat c ? c.parts() : List.of(value);
        if (parts.isEmpty() || value.render().isBlank()) return Optional.empty();
        String first = parts.get(0) instanceof Value.Literal l ? l.text() : "";
        String last = parts.get(parts.size() - 1) instanceof Value.Literal l ? l.text() : "";
        if (endsWithBreak(last)) {
            return Optional.of(yamlBlock ? "trailing-break-in-block" : "trailing-break");
        }
        if (!last.isEmpty() && Character.isWhitespace(last.charAt(last.length() - 1))) return Optional.of("trailing-whitespace");
        if (!first.isEmpty() && Character.isWhitespace(first.charAt(0))) return Optional.of("leading-whitespace");
        for (Value p : parts) {
            if (p instanceof Value.Literal l && (l.text().indexOf('\n') >= 0 || l.text().indexOf('\r') >= 0 || l.text().indexOf('\t') >= 0)) {
                return Optional.of("break-inside");
            }
            String t = p instanceof Value.Literal l ? l.text().strip() : "";
            int key = t.indexOf(Credentials.MARK);
            if (key >= 0 && t.indexOf(' ', key) > 0) {
                return Optional.of(t.indexOf(" #", key) > 0 ? "blank-before-hash" : "blank-inside");
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithBreak(String s) {
        return s.endsWith("\n") || s.endsWith("\r");
    }
}
