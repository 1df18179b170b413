package dev.claudit.cli;

import dev.claudit.engine.Pipeline;
import dev.claudit.engine.ProjectConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.facts.Project;
import dev.claudit.rules.Detector;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code .claudit.yml} through the real command line: every key, where it is found, and one-line errors with file:line. */
class ConfigEndToEndTest {

    @TempDir
    Path dir;

    static final String CONFIG = """
            # claudit settings for this project
            rules:
              wrong-host: off
              hardcoded-credential: warning
            exclude:
              - vendor/
              - "*.generated.yml"
            gateways:
              - LLM-Gateway.acme.internal:8443
            frontend-prefixes:
              - MYAPP_PUBLIC_
            fail-on: error
            """;

    @BeforeEach
    void project() throws Exception {
        write(".claudit.yml", CONFIG);
        write(".env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        write("application.yml", "anthropic:\n  base-url: https://api.anthropic.ai\n");
        write("vendor/lib/.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        write("settings.generated.yml", "key: " + FakeKeys.apiKey() + "\n");
        write("web/.env", "MYAPP_PUBLIC_ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n");
    }

    private void write(String path, String content) throws Exception {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
    }

    static List<String> findings(String json) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
            out.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText() + " " + f.get("level").asText());
        }
        return out;
    }

    @Test
    void rulesExcludesAndFrontendPrefixesApplyFromTheScannedDirectory() throws Exception {
        // lowering hardcoded-credential takes the user's word on the command line (RepositoryConfigTrustTest)
        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--format", "json", "--allow-config-disable");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(findings(run.out())).containsExactly(
                ".env:1 hardcoded-credential warning",            // level overridden
                "web/.env:1 frontend-exposed-key error");         // the project's own public prefix
        // wrong-host is off; vendor/ and *.generated.yml are excluded
        assertThat(new ObjectMapper().readTree(run.out()).at("/summary/files").asInt()).isEqualTo(4);
    }

    @Test
    void failOnComesFromTheConfigUnlessGivenOnTheCommandLine() throws Exception {
        Files.delete(dir.resolve("web/.env"));
        assertThat(claudit("scan", dir.toString(), "--allow-config-disable").exit()).as("only a warning, and fail-on: error").isZero();
        assertThat(claudit("scan", dir.toString(), "--allow-config-disable", "--fail-on", "warning").exit()).isEqualTo(1);
        assertThat(claudit("scan", dir.toString()).exit()).as("the key stays an error without the flag").isEqualTo(1);
    }

    @Test
    void configOptionReplacesTheDefaultFile() throws Exception {
        Path other = dir.resolve("ci/strict.yml");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "rules:\n  hardcoded-credential: off\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--format", "json", "--config", other.toString(),
                "--allow-config-disable");
        assertThat(findings(run.out())).containsExactly("application.yml:2 wrong-host error");
    }

    @Test
    void theDefaultFileIsFoundInTheCurrentDirectory() throws Exception {
        DemoEndToEndTest.Run run = ClauditProcess.run(dir, "scan", "--format", "json", "--allow-config-disable");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(findings(run.out())).containsExactly(".env:1 hardcoded-credential warning", "web/.env:1 frontend-exposed-key error");
    }

    @Test
    void gatewaysReachTheProjectThatDetectorsSee() throws Exception {
        ProjectConfig config = ProjectConfig.load(dir.resolve(".claudit.yml"), ".claudit.yml");
        Pipeline.Options options = config.applyTo(Pipeline.Options.defaults(LocalDate.of(2026, 11, 29)));
        assertThat(options.gatewayHosts()).containsExactly("llm-gateway.acme.internal:8443");

        AtomicReference<Project> seen = new AtomicReference<>();
        Detector probe = new Detector() {
            @Override
            public String ruleId() {
                return "hardcoded-credential";
            }

            @Override
            public void detect(dev.claudit.facts.FileFacts file, dev.claudit.rules.ScanContext ctx, Reporter out) {
                seen.set(ctx.project());
            }
        };
        RuleCatalog catalog = RuleCatalog.of(List.of(RuleCatalog.read("hardcoded-credential").orElseThrow()), List.of(probe));
        new Pipeline(catalog, RuleData.load()).scan(new DirectoryWalker(true).walk(dir, List.of(dir)), options, "test");
        // the project compares hosts, so the port is dropped
        assertThat(seen.get().gatewayHosts()).containsExactly("llm-gateway.acme.internal");
    }

    @Test
    void aBadConfigIsOneLineWithFileAndLineAndExitTwo() throws Exception {
        Map<String, String> cases = Map.of(
                "rulez:\n  wrong-host: off\n", ":1: unknown key 'rulez' (known: rules, exclude, gateways, frontend-prefixes, fail-on)",
                "rules:\n  wrong-host: maybe\n", ":2: rules: wrong-host takes off, error, warning or note, not 'maybe'",
                "# rules\nrules:\n  no-such-rule: off\n", ":3: rules: unknown rule 'no-such-rule' (see 'claudit rules')",
                "exclude: vendor/\n", ":1: exclude: expected a list (one '- item' per line)",
                "gateways:\n  - gw.acme.internal\n  - https://gw.acme.internal/v1\n", ":3: gateways: list host names, not URLs ('https://gw.acme.internal/v1')",
                "fail-on: sometimes\n", ":1: fail-on takes error, warning, note or none, not 'sometimes'",
                "exclude:\n  - a\nexclude:\n  - b\n", ":3: 'exclude' is given twice",
                "rules:\n  wrong-host: off\n   bad indent: x\n", ":3: not valid YAML: ");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(dir.resolve(".claudit.yml"), c.getKey());
            DemoEndToEndTest.Run run = claudit("scan", dir.toString());
            assertThat(run.exit()).as(c.getKey()).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(c.getKey()).hasSize(1);
            assertThat(run.err().strip()).as(c.getKey()).startsWith("claudit: " + dir.resolve(".claudit.yml") + c.getValue());
        }
        DemoEndToEndTest.Run here = ClauditProcess.run(dir, "scan");
        assertThat(here.err().strip()).as("named as the user would write it").startsWith("claudit: .claudit.yml:");
        assertThat(claudit("scan", dir.toString(), "--config", dir.resolve("missing.yml").toString()).err().strip())
                .isEqualTo("claudit: --config: no such file: " + dir.resolve("missing.yml"));
    }
}
