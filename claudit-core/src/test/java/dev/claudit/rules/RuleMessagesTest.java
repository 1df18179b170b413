package dev.claudit.rules;

import dev.claudit.facts.Location;
import dev.claudit.report.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules' named messages (issue 11, "examples pin the message"): each is used by its detector, each is pinned by an
 * example's {@code expect: rule-id "fragment"}, and {@link FindingBuilder} refuses every way a detector and its YAML
 * could disagree.
 */
class RuleMessagesTest {

    @TempDir
    Path tmp;

    @Test
    void everyNamedMessageIsNamedByItsDetector() throws IOException {
        RuleCatalog catalog = RuleCatalog.load();
        assertThat(catalog.detectors()).isNotEmpty();
        for (Detector d : catalog.detectors()) {
            RuleMeta rule = catalog.rule(d.ruleId()).orElseThrow();
            Set<String> constants = stringConstants(d.getClass());
            for (String name : rule.messages().keySet()) {
                if (name.equals(RuleMeta.DEFAULT_MESSAGE)) continue; // what the builder uses when the detector names none
                assertThat(constants).as("message `%s` of rules/%s.yml is never named in %s", name, rule.id(), d.getClass().getSimpleName())
                        .contains(name);
            }
        }
    }

    @Test
    void everyNamedMessageIsPinnedByAnExampleFragment() throws IOException {
        RuleCatalog catalog = RuleCatalog.load();
        RuleData data = RuleData.load();
        Map<String, Set<String>> unpinned = new TreeMap<>();
        for (RuleMeta r : catalog.rules()) unpinned.put(r.id(), new TreeSet<>(r.messages().keySet()));
        int n = 0;
        for (RuleMeta rule : catalog.rules()) {
            for (RuleMeta.Example ex : rule.examples()) {
                Path dir = tmp.resolve("ex" + n++);
                ExampleExpectations expected = write(ex, dir);
                if (expected.expected().values().stream().allMatch(List::isEmpty)) continue;
                ScanResult result = RuleExamplesTest.scan(catalog, data, dir, ex.asOf() == null ? RuleExamplesTest.DEFAULT_AS_OF
                        : LocalDate.parse(ex.asOf()));
                for (Finding f : result.findings()) {
                    List<String> fragments = expected.expected().getOrDefault(
                            f.location().path() + ":" + f.location().line() + ": " + f.ruleId(), List.of());
                    RuleMeta r = catalog.rule(f.ruleId()).orElseThrow();
                    String name = messageName(r, f.message());
                    if (fragments.stream().anyMatch(fragment -> pins(r, name, f.message(), fragment))) unpinned.get(f.ruleId()).remove(name);
                }
            }
        }
        unpinned.values().removeIf(Set::isEmpty);
        assertThat(unpinned).as("named messages no example pins with expect: <id> \"<fragment>\"").isEmpty();
    }

    @Test
    void aWrongFragmentFailsTheExampleAndTheRightOnePasses() throws IOException {
        RuleCatalog catalog = RuleCatalog.load();
        RuleData data = RuleData.load();
        String line = "    static final String MESSAGES = \"https://api.anthropic.ai/v1/messages\"; // expect: wrong-host ";
        RuleMeta.Example wrong = new RuleMeta.Example("wrong fragment", Map.of("src/E.java",
                "final class E {\n" + line + "\"`api.claude.ai` is not\"\n}\n"), null);
        assertThatThrownBy(() -> RuleExamplesTest.check(catalog, data, wrong, tmp.resolve("wrong")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("message fragment \"`api.claude.ai` is not\"");
        RuleMeta.Example right = new RuleMeta.Example("right fragment", Map.of("src/E.java",
                "final class E {\n" + line + "\"`api.anthropic.ai` is not Anthropic's API\"\n}\n"), null);
        RuleExamplesTest.check(catalog, data, right, tmp.resolve("right"));
    }

    @Test
    void theFragmentIsOptionalAndSeveralRulesShareALine() {
        ExampleExpectations e = new ExampleExpectations();
        e.read("a.env", "X=1 # expect: wrong-host \"a, b\", insecure-transport\nY=2 # expect: key-whitespace\n");
        assertThat(e.expected()).containsExactly(Map.entry("a.env:1: insecure-transport", List.of()),
                Map.entry("a.env:1: wrong-host", List.of("a, b")), Map.entry("a.env:2: key-whitespace", List.of()));
    }

    @Test
    void theBuilderFillsTheNamedMessage() {
        Finding f = context().finding("r").message("in-test").with("host", "api.anthropic.ai").at(AT).matched("m").build();
        assertThat(f.message()).isEqualTo("`api.anthropic.ai` in a test");
        assertThat(f.level()).isEqualTo(Level.ERROR);
        assertThat(context().finding("r").with("host", "{host}").at(AT).matched("m").build().message())
                .as("filled in one pass").isEqualTo("`{host}` is wrong, use {host}");
    }

    @Test
    void theBuilderRejectsAnUnknownMessageAMissingOrExtraValueAndNoLocation() {
        assertThatThrownBy(() -> context().finding("r").message("in-prod"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no message `in-prod`");
        assertThatThrownBy(() -> context().finding("r").message("in-test").at(AT).matched("m").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value for [host]");
        assertThatThrownBy(() -> context().finding("r").message("in-test").with("host", "h").with("fix", "f").at(AT).matched("m").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no placeholder for [fix]");
        assertThatThrownBy(() -> context().finding("r").with("host", "h").matched("m").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without a location");
        assertThatThrownBy(() -> context().finding("other"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in this scan's catalogue");
    }

    @Test
    void theBuilderRejectsTheSecretUnmaskedAndMasksOtherKeys() {
        String key = "sk-ant-api03-" + "A".repeat(93) + "AA";
        assertThatThrownBy(() -> context().finding("r").with("host", key).at(AT).matched("m").secret(key).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unmasked").hasMessageNotContaining(key);
        String shown = context().finding("r").message("in-test").with("host", "x" + key).at(AT).matched("m").build().message();
        assertThat(shown).doesNotContain(key).contains("sk-ant-api03-…AAAA");
    }

    @Test
    void aMalformedPlaceholderFailsTheRuleLoad() {
        assertThatThrownBy(() -> MessageTemplate.parse("default", "`{Host}` is wrong")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageTemplate.parse("default", "`{host` is wrong")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageTemplate.parse("In-Test", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleCatalog.messages(Map.of("id", "r", "message", "text"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageTemplate.parse("default", "`{host}` then {fix-2} and {host}").placeholders()).containsExactly("host", "fix-2");
    }

    private static final Location AT = new Location("a.java", 1, 1, 1, 2);

    private static ScanContext context() {
        Map<String, MessageTemplate> messages = new LinkedHashMap<>();
        messages.put("default", MessageTemplate.parse("default", "`{host}` is wrong, use {host}"));
        messages.put("in-test", MessageTemplate.parse("in-test", "`{host}` in a test"));
        RuleMeta rule = new RuleMeta("r", "R", Level.ERROR, null, "high", List.of(), "s", "d", messages, "h", List.of());
        return new ScanContext(null, null, LocalDate.of(2026, 1, 1), Set.of(), Map.of("r", rule));
    }

    private static ExampleExpectations write(RuleMeta.Example ex, Path dir) throws IOException {
        ExampleExpectations expected = new ExampleExpectations();
        for (Map.Entry<String, String> file : ex.files().entrySet()) {
            Path p = dir.resolve(file.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, file.getValue(), StandardCharsets.UTF_8);
            expected.read(file.getKey(), file.getValue());
        }
        return expected;
    }

    /**
     * Whether {@code fragment}, found in {@code message} (made from the rule's message {@code name}), could only be part of
     * that message: its fixed text, with the values between it in their places, fits no other message of the rule.
     * {@code `x` is not an API version} pins one message; {@code did you mean `y`?} pins none when another message says
     * the same and goes on (unless the fragment ends the message).
     */
    static boolean pins(RuleMeta rule, String name, String message, String fragment) {
        MessageTemplate made = rule.messages().get(name);
        java.util.regex.Matcher m = Pattern.compile(regex(made, "(.*?)"), Pattern.DOTALL).matcher(message);
        if (!m.matches()) return false;
        boolean[] value = new boolean[message.length()];
        for (int g = 1; g <= m.groupCount(); g++) java.util.Arrays.fill(value, m.start(g), m.end(g), true);
        for (int at = message.indexOf(fragment); at >= 0; at = message.indexOf(fragment, at + 1)) {
            StringBuilder shape = new StringBuilder(at == 0 ? "^" : "");
            boolean anyFixed = false;
            for (int i = at; i < at + fragment.length(); ) {
                int j = i;
                while (j < at + fragment.length() && value[j] == value[i]) j++;
                if (value[i]) shape.append("\\{[a-z][a-z0-9-]*}");
                else {
                    shape.append(Pattern.quote(message.substring(i, j)));
                    anyFixed = true;
                }
                i = j;
            }
            if (at + fragment.length() == message.length()) shape.append('$');
            Pattern p = Pattern.compile(shape.toString(), Pattern.DOTALL);
            if (anyFixed && rule.messages().values().stream().filter(t -> !t.name().equals(name)).noneMatch(t -> p.matcher(t.text()).find())) {
                return true;
            }
        }
        return false;
    }

    private static String regex(MessageTemplate t, String value) {
        StringBuilder regex = new StringBuilder();
        String[] parts = t.text().split("\\{[a-z][a-z0-9-]*}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append(value);
            regex.append(Pattern.quote(parts[i]));
        }
        return regex.toString();
    }

    /** The named message a finding's text was made from: the template it matches with the most fixed text. */
    static String messageName(RuleMeta rule, String message) {
        String best = null;
        int bestFixed = -1;
        for (MessageTemplate t : rule.messages().values()) {
            int fixed = t.text().replaceAll("\\{[a-z][a-z0-9-]*}", "").length();
            if (Pattern.compile(regex(t, "(.*)"), Pattern.DOTALL).matcher(message).matches() && fixed > bestFixed) {
                best = t.name();
                bestFixed = fixed;
            }
        }
        assertThat(best).as("no message of %s makes `%s`", rule.id(), message).isNotNull();
        return best;
    }

    /** The string constants of a class file (and its nested classes'): the message names a detector passes to the builder. */
    static Set<String> stringConstants(Class<?> type) throws IOException {
        Set<String> out = new HashSet<>();
        List<Class<?>> classes = new ArrayList<>(List.of(type));
        classes.addAll(List.of(type.getDeclaredClasses()));
        for (Class<?> c : classes) {
            try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
                assertThat(in).as(c.getName()).isNotNull();
                out.addAll(constantPoolStrings(new DataInputStream(in)));
            }
        }
        return out;
    }

    /** The {@code CONSTANT_String} entries of a class file's constant pool (JVM spec §4.4). */
    private static List<String> constantPoolStrings(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // takes two entries
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        return strings.stream().map(k -> utf8[k]).toList();
    }
}
