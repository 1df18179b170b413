package dev.claudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings a rule example expects, read from its {@code expect:} comments: {@code expect: rule-id} for a finding of
 * that rule on the line, {@code expect: rule-id "fragment"} for one whose message also contains the fragment (as Error
 * Prone's {@code // BUG: Diagnostic contains:} and semgrep's {@code ruleid:} do), several separated by commas.
 */
final class ExampleExpectations {

    private static final String ITEM = "[a-z0-9-]+(?:[ \\t]+\"[^\"\\n]*\")?";
    static final Pattern EXPECT = Pattern.compile("expect: (" + ITEM + "(?:[ \\t]*,[ \\t]*" + ITEM + ")*)");
    private static final Pattern ONE = Pattern.compile("([a-z0-9-]+)(?:[ \\t]+\"([^\"\\n]*)\")?");

    /** {@code path:line: rule-id} → the message fragments expected there (none for a plain {@code expect: rule-id}). */
    private final Map<String, List<String>> expected = new TreeMap<>();

    /** Reads the expectations of one example file. */
    void read(String path, String content) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (!m.find()) continue;
            Matcher one = ONE.matcher(m.group(1));
            while (one.find()) {
                List<String> fragments = expected.computeIfAbsent(key(path, i + 1, one.group(1)), k -> new ArrayList<>());
                if (one.group(2) != null) fragments.add(one.group(2));
            }
        }
    }

    /** Every expected finding and no other, each holding its fragments in its message. */
    void check(List<Finding> findings, String title, Object notices) {
        Map<String, List<String>> messages = new TreeMap<>();
        for (Finding f : findings) {
            messages.computeIfAbsent(key(f.location().path(), f.location().line(), f.ruleId()), k -> new ArrayList<>()).add(f.message());
        }
        assertThat(new TreeSet<>(messages.keySet())).as("findings (path:line: rule) of example '%s'; notices %s", title, notices)
                .containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            for (String fragment : e.getValue()) {
                assertThat(messages.get(e.getKey())).as("message fragment \"%s\" of %s in example '%s'", fragment, e.getKey(), title)
                        .anyMatch(message -> message.contains(fragment));
            }
        }
    }

    /** The fragments expected in the example, by {@code path:line: rule-id}. */
    Map<String, List<String>> expected() {
        return java.util.Collections.unmodifiableMap(expected);
    }

    private static String key(String path, int line, String ruleId) {
        return path + ":" + line + ": " + ruleId;
    }
}
