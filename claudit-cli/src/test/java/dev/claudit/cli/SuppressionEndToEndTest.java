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

/**
 * Inline suppressions through the real command line, one per supported comment style and marker: they hide the
 * finding from the exit status, are counted in the text summary, and stay in SARIF with {@code suppressions}
 * of kind {@code inSource} — except in upload mode, which leaves them out.
 */
class SuppressionEndToEndTest {

    @TempDir
    Path dir;

    /** Every line holding a key carries a suppression; "path:line rule" of each finding they hide. */
    static final List<String> SUPPRESSED = List.of(
            ".env:2 frontend-exposed-key",
            ".env:2 hardcoded-credential",
            "Other.java:3 hardcoded-credential",
            "Settings.java:2 hardcoded-credential",
            "app.properties:2 hardcoded-credential",
            "application.yml:3 hardcoded-credential",
            "application.yml:4 wrong-host",
            "deploy.sh:2 hardcoded-credential");

    @BeforeEach
    void files() throws Exception {
        write("Settings.java", """
                class Settings {
                    static final String KEY = "%s"; // claudit:ignore
                }
                """.formatted(FakeKeys.apiKey()));
        write("Other.java", """
                class Other {
                    // claudit:ignore hardcoded-credential
                    static final String KEY = "%s";
                }
                """.formatted(FakeKeys.apiKey()));
        write("application.yml", """
                anthropic:
                  api:
                    key: %s  # claudit:ignore
                    base-url: https://api.anthropic.ai  # claudit:ignore wrong-host
                """.formatted(FakeKeys.apiKey()));
        write(".env", """
                # claudit:ignore hardcoded-credential, frontend-exposed-key
                NEXT_PUBLIC_ANTHROPIC_API_KEY=%s
                """.formatted(FakeKeys.apiKey()));
        write("app.properties", """
                # pragma: allowlist secret
                anthropic.api-key=%s
                """.formatted(FakeKeys.apiKey()));
        write("deploy.sh", """
                #!/bin/sh
                export ANTHROPIC_API_KEY=%s # gitleaks:allow
                """.formatted(FakeKeys.apiKey()));
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void everyStyleSuppressesAndTheScanPasses() throws Exception {
        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--format", "json");
        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("findings")).isEmpty();
        List<String> hidden = new ArrayList<>();
        for (JsonNode s : json.get("suppressed")) {
            hidden.add(s.get("path").asText() + ":" + s.get("line").asInt() + " " + s.get("ruleId").asText());
            assertThat(s.get("suppression").asText()).isEqualTo("inSource");
        }
        assertThat(hidden).containsExactlyElementsOf(SUPPRESSED);
    }

    @Test
    void textSummaryCountsThem() {
        DemoEndToEndTest.Run run = claudit("scan", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).startsWith("no findings (8 suppressed) in 6 files");
    }

    @Test
    void sarifKeepsThemAsInSourceSuppressionsAndUploadModeLeavesThemOut() throws Exception {
        DemoEndToEndTest.Run local = claudit("scan", dir.toString(), "--format", "sarif");
        assertThat(local.exit()).isZero();
        JsonNode results = new ObjectMapper().readTree(local.out()).at("/runs/0/results");
        assertThat(results).hasSize(SUPPRESSED.size());
        for (JsonNode r : results) assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("inSource");

        DemoEndToEndTest.Run upload = claudit("scan", dir.toString(), "--format", "sarif", "--sarif-upload");
        assertThat(upload.exit()).isZero();
        assertThat(new ObjectMapper().readTree(upload.out()).at("/runs/0/results")).isEmpty();

        DemoEndToEndTest.Run misuse = claudit("scan", dir.toString(), "--sarif-upload");
        assertThat(misuse.exit()).isEqualTo(2);
        assertThat(misuse.err().strip()).isEqualTo("claudit: --sarif-upload applies only to --format sarif");
    }

    @Test
    void aSuppressionNamingAnotherRuleOrOnlySecretsHidesNothingElse() throws Exception {
        write(".env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + " # claudit:ignore wrong-host\n");
        write("application.yml", "anthropic:\n  base-url: https://api.anthropic.ai  # gitleaks:allow\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        List<String> shown = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            shown.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
        }
        assertThat(shown).containsExactly(".env:1 hardcoded-credential", "application.yml:2 wrong-host");
    }
}
