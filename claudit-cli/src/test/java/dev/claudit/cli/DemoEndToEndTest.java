package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the real command line on {@code testdata/demo}, as a user would, and checks what it reports. */
class DemoEndToEndTest {

    static final Path DEMO = Path.of("testdata/demo");

    record Run(int exit, String out, String err) {
    }

    static Run claudit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void demoFindingsInJson() throws Exception {
        Run run = claudit("scan", DEMO.toString(), "--format", "json", "--as-of", "2026-11-29");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        TreeSet<String> found = new TreeSet<>();
        for (JsonNode f : json.get("findings")) found.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
        assertThat(found).contains(
                "testdata/demo/.env:2 hardcoded-credential",
                "testdata/demo/src/main/resources/application.yml:7 hardcoded-credential",
                "testdata/demo/src/main/resources/application.yml:8 wrong-host",
                "testdata/demo/frontend/.env.local:2 frontend-exposed-key",
                "testdata/demo/src/main/java/com/example/chat/ClaudeClient.java:24 bearer-instead-of-x-api-key",
                "testdata/demo/src/main/java/com/example/chat/ClaudeClient.java:34 missing-version-header");
        // the correct code beside them stays clean
        assertThat(found).noneMatch(s -> s.contains("SdkChatService") || s.contains("ClaudeClientTest")
                || s.contains("ClaudeEndpoints") || s.contains(".env.example"));
    }

    @Test
    void everyDemoFindingIsOneOfTheMarkedOnes() throws Exception {
        // testdata/demo/EXPECTED lists every finding the demo must produce, one "path:line rule" per line
        List<String> expected = Files.readAllLines(DEMO.resolve("EXPECTED")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Run run = claudit("scan", DEMO.toString(), "--format", "json", "--as-of", "2026-11-29");
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> actual = new ArrayList<>();
        for (JsonNode f : json.get("findings")) actual.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyRuleFiresOnTheDemo() throws Exception {
        Run run = claudit("scan", DEMO.toString(), "--format", "json", "--as-of", "2026-11-29");
        JsonNode json = new ObjectMapper().readTree(run.out());
        TreeSet<String> rules = new TreeSet<>();
        for (JsonNode f : json.get("findings")) rules.add(f.get("ruleId").asText());
        assertThat(rules).containsExactlyInAnyOrderElementsOf(dev.claudit.rules.RuleCatalog.ids());
    }

    @Test
    void textReportIsCompilerStyleAndMasksKeys() throws Exception {
        Run run = claudit("scan", DEMO.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).isEqualTo(1);
        Pattern line = Pattern.compile("^testdata/demo/\\S+:\\d+:\\d+: (error|warning|note): .+ \\[[a-z-]+\\]$", Pattern.MULTILINE);
        Matcher m = line.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        for (String key : DemoKeys.all()) {
            assertThat(run.out()).doesNotContain(key);
            assertThat(run.err()).doesNotContain(key);
        }
    }

    @Test
    void failOnNoneExitsZeroAndBadUsageExitsTwo() {
        assertThat(claudit("scan", DEMO.toString(), "--fail-on", "none").exit()).isZero();
        Run bad = claudit("scan", DEMO.toString(), "--fail-on", "sometimes");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(claudit("scan", "no/such/dir").exit()).isEqualTo(2);
        assertThat(claudit("scan", "--format", "xml").exit()).isEqualTo(2);
        assertThat(claudit("scan", DEMO.toString(), "--as-of", "yesterday").exit()).isEqualTo(2);
        assertThat(claudit("explain", "no-such-rule").exit()).isEqualTo(2);
    }

    @Test
    void rulesAndExplain() {
        Run rules = claudit("rules", "--format", "markdown");
        assertThat(rules.exit()).isZero();
        assertThat(rules.out()).contains("hardcoded-credential", "wrong-host", "missing-version-header");
        Run explain = claudit("explain", "wrong-host");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).contains("api.anthropic.ai");
        assertThat(claudit("--version").out()).startsWith("claudit ");
    }

    /** Every credential-shaped token written in the demo, read from its files. */
    static final class DemoKeys {
        static List<String> all() throws Exception {
            List<String> keys = new ArrayList<>();
            Pattern p = Pattern.compile("sk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}");
            try (var files = Files.walk(DEMO)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = p.matcher(Files.readString(f));
                    while (m.find()) keys.add(m.group());
                }
            }
            assertThat(keys).isNotEmpty();
            return keys;
        }
    }
}
