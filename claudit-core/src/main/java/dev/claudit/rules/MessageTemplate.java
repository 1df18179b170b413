package dev.claudit.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named message of a rule, as written under {@code messages:} in {@code rules/<id>.yml}: text with
 * {@code {placeholder}} names ({@code [a-z][a-z0-9-]*}). A brace that opens no well-formed placeholder is an
 * error when the rule is read, so a typo such as {@code {Host}} or {@code {host} } never reaches a report.
 *
 * @param name         the message's name, e.g. {@code default}, {@code in-test}
 * @param text         the template as written
 * @param placeholders the placeholder names, in order of first use
 */
public record MessageTemplate(String name, String text, Set<String> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public MessageTemplate {
        placeholders = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(placeholders));
    }

    /** Parses a template; a malformed name, a stray brace or an empty text is an {@link IllegalArgumentException}. */
    public static MessageTemplate parse(String name, String text) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("message name `" + name + "` is not lower-case-with-hyphens");
        }
        if (text == null || text.isBlank()) throw new IllegalArgumentException("message `" + name + "` is empty");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (m.find()) {
            names.add(m.group(1));
            rest.append(text, from, m.start());
            from = m.end();
        }
        rest.append(text, from, text.length());
        int stray = Math.max(rest.indexOf("{"), rest.indexOf("}"));
        if (stray >= 0) {
            throw new IllegalArgumentException("message `" + name + "` has a brace that is no {placeholder} (names are [a-z][a-z0-9-]*): " + text);
        }
        return new MessageTemplate(name, text, names);
    }

    /**
     * The text with every placeholder replaced by its value, in one pass (a value that itself holds {@code {x}} stays
     * as it is). {@code values} must name exactly the placeholders: a missing or an extra one is an
     * {@link IllegalArgumentException}, so a detector and its YAML cannot drift apart unnoticed.
     */
    public String fill(Map<String, String> values) {
        if (!values.keySet().equals(placeholders)) {
            Set<String> missing = new LinkedHashSet<>(placeholders);
            missing.removeAll(values.keySet());
            List<String> extra = new ArrayList<>(values.keySet());
            extra.removeAll(placeholders);
            throw new IllegalArgumentException("message `" + name + "` (" + text + "): "
                    + (missing.isEmpty() ? "" : "no value for " + missing + (extra.isEmpty() ? "" : ", "))
                    + (extra.isEmpty() ? "" : "no placeholder for " + extra));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        while (m.find()) {
            out.append(text, from, m.start()).append(values.get(m.group(1)));
            from = m.end();
        }
        return out.append(text, from, text.length()).toString();
    }
}
