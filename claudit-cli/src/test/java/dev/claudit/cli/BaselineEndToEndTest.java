package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --write-baseline} then {@code --baseline}: accepted findings stay hidden while the code around them moves. */
class BaselineEndToEndTest {

    @TempDir
    Path tmp;
    Path project;
    Path baseline;
    String key;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(tmp.resolve("project"));
        baseline = tmp.resolve("claudit-baseline.json");
        key = FakeKeys.apiKey();
        Files.writeString(project.resolve(".env"), "ANTHROPIC_API_KEY=" + key + "\n");
        Files.writeString(project.resolve("application.yml"), "anthropic:\n  base-url: https://api.anthropic.ai\n");
    }

    @Test
    void writtenBaselineIsSortedStableJsonWithoutLinesTimesOrSecrets() throws Exception {
        DemoEndToEndTest.Run write = claudit("scan", project.toString(), "--write-baseline", baseline.toString());
        assertThat(write.exit()).as("what was just recorded is accepted").isZero();
        assertThat(write.err()).contains("recorded 2 findings in baseline");
        assertThat(write.out()).contains("(2 suppressed)");
        String first = Files.readString(baseline, StandardCharsets.UTF_8);

        JsonNode json = new ObjectMapper().readTree(first);
        assertThat(json.get("version").asInt()).isEqualTo(1);
        List<String> entries = new ArrayList<>();
        for (JsonNode e : json.get("findings")) {
            entries.add(e.get("path").asText() + " " + e.get("ruleId").asText());
            assertThat(e.get("fingerprint").asText()).hasSize(32);
            assertThat(e.has("line")).isFalse();
        }
        assertThat(entries).containsExactly(".env hardcoded-credential", "application.yml wrong-host");
        assertThat(first).doesNotContain(key).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT");

        claudit("scan", project.toString(), "--write-baseline", baseline.toString());
        assertThat(Files.readString(baseline, StandardCharsets.UTF_8)).as("rerun on unchanged code: same bytes").isEqualTo(first);
    }

    @Test
    void baselinedFindingsStayHiddenWhenLinesAreInsertedAboveAndNewOnesShow() throws Exception {
        claudit("scan", project.toString(), "--write-baseline", baseline.toString());
        Files.writeString(project.resolve(".env"), "# a comment\n\nOTHER=1\nANTHROPIC_API_KEY=" + key + "\n");
        Files.writeString(project.resolve("application.yml"), "server:\n  port: 8080\nanthropic:\n  base-url: https://api.anthropic.ai\n");

        DemoEndToEndTest.Run hidden = claudit("scan", project.toString(), "--baseline", baseline.toString(), "--format", "sarif");
        assertThat(hidden.exit()).as(hidden.out()).isZero();
        JsonNode results = new ObjectMapper().readTree(hidden.out()).at("/runs/0/results");
        assertThat(results).hasSize(2);
        for (JsonNode r : results) assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");

        String newKey = FakeKeys.apiKey();
        Files.writeString(project.resolve("second.env"), "ANTHROPIC_API_KEY=" + newKey + "\n");
        DemoEndToEndTest.Run fresh = claudit("scan", project.toString(), "--baseline", baseline.toString());
        assertThat(fresh.exit()).isEqualTo(1);
        assertThat(fresh.out()).contains("second.env:1:19: error:").doesNotContain(".env:4:").contains("1 error (2 suppressed)");
    }

    /** Copies the demo project (every rule's mistakes) into {@code to}. */
    private static void copyDemo(Path to) throws Exception {
        Path demo = Path.of("testdata/demo").toAbsolutePath();
        try (var files = Files.walk(demo)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(demo.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    @Test
    void aWrittenBaselineIsNotFlaggedByTheNextScan() throws Exception {
        // the README's steps, in the project directory: its masked keys, URLs and model ids tripped key-whitespace,
        // insecure-transport and retired-model, so the second step failed
        Path demo = tmp.resolve("demo");
        copyDemo(demo);
        DemoEndToEndTest.Run record = ClauditProcess.run(demo, "scan", "--write-baseline", ".claudit-baseline.json");
        assertThat(record.exit()).as(record.out() + record.err()).isZero();
        assertThat(record.err()).containsPattern("recorded \\d+ findings in baseline .claudit-baseline.json");

        DemoEndToEndTest.Run later = ClauditProcess.run(demo, "scan", "--baseline", ".claudit-baseline.json");
        assertThat(later.exit()).as(later.out() + later.err()).isZero();
        assertThat(later.out()).containsPattern("no findings \\(\\d+ suppressed\\)").doesNotContain(".claudit-baseline.json");

        DemoEndToEndTest.Run plain = claudit("scan", demo.toString(), "--format", "json", "--output", demo.resolve("report.json").toString());
        assertThat(plain.exit()).isEqualTo(1);
        DemoEndToEndTest.Run again = claudit("scan", demo.toString(), "--format", "json");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(again.out()).get("findings"))
                .as("a hook scanning the committed baseline and a JSON report finds nothing new in them")
                .isEqualTo(json.readTree(demo.resolve("report.json").toFile()).get("findings"));
        assertThat(again.out()).doesNotContain("\"path\": \".claudit-baseline.json\"", "\"path\": \"report.json\"");
    }

    @Test
    void aKeyPastedIntoABaselineIsStillFound() throws Exception {
        claudit("scan", project.toString(), "--write-baseline", baseline.toString());
        String pasted = FakeKeys.apiKey();
        String text = Files.readString(baseline).replace("\"message\": \"Anthropic", "\"message\": \"" + pasted + " Anthropic");
        Files.writeString(project.resolve("baseline.json"), text);
        DemoEndToEndTest.Run run = claudit("scan", project.resolve("baseline.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("[hardcoded-credential]").doesNotContain(pasted);
    }

    @Test
    void aMalformedOrMissingBaselineIsOneLineAndExitTwo() throws Exception {
        for (String bad : List.of("{not json", "[]", "{\"findings\": []}", "{\"version\": 9, \"findings\": []}",
                "{\"version\": 1, \"findings\": [{\"ruleId\": \"wrong-host\"}]}")) {
            Files.writeString(baseline, bad);
            DemoEndToEndTest.Run run = claudit("scan", project.toString(), "--baseline", baseline.toString());
            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(bad).hasSize(1);
            assertThat(run.err()).as(bad).startsWith("claudit: " + baseline + ": not a claudit baseline: ");
        }
        DemoEndToEndTest.Run missing = claudit("scan", project.toString(), "--baseline", tmp.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("claudit: --baseline: no such file: " + tmp.resolve("nope.json"));
    }
}
