package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.testkit.FakeCredentials;
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
 * Attacks by the scanned repository on its own scan: a {@code .claudit.yml} that turns the credential rule off,
 * excludes every file or sets {@code fail-on: none}, and suppression markers hidden in string literals. Each
 * silenced a committed key with no trace.
 */
class RepositoryConfigTrustTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void configTurningTheCredentialRuleOffIsIgnoredWithoutAllowConfigDisable() throws Exception {
        write(".env", "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        write(".claudit.yml", "rules:\n  hardcoded-credential: off\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("hardcoded-credential");
        assertThat(run.err()).contains("hardcoded-credential: off ignored").contains("--allow-config-disable");

        DemoEndToEndTest.Run allowed = claudit("scan", dir.toString(), "--allow-config-disable");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("config turns off hardcoded-credential");
    }

    @Test
    void configLoweringTheCredentialRuleIsIgnoredToo() throws Exception {
        write(".env", "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        write(".claudit.yml", "rules:\n  hardcoded-credential: note\n");
        assertThat(claudit("scan", dir.toString()).exit()).isEqualTo(1);
    }

    @Test
    void configFailOnNoneStillFailsOnACredential() throws Exception {
        write(".env", "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        write("app.yml", "anthropic:\n  base-url: https://api.anthropic.ai\n");
        write(".claudit.yml", "fail-on: none\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("config sets fail-on: none");
        assertThat(claudit("scan", dir.toString(), "--allow-config-disable").exit()).isZero();
        // the command line's own --fail-on is the user's, not the repository's
        assertThat(claudit("scan", dir.toString(), "--fail-on", "none").exit()).isZero();
    }

    @Test
    void configExcludingFilesIsReportedInTextAndSarif() throws Exception {
        write(".env", "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        write("other.txt", "hello\n");
        write(".claudit.yml", "exclude:\n  - '**'\n");
        DemoEndToEndTest.Run text = claudit("scan", dir.toString());
        assertThat(text.err()).contains("config excludes 3 of 3 files");

        DemoEndToEndTest.Run sarif = claudit("scan", dir.toString(), "--format", "sarif");
        JsonNode invocation = new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("invocations").get(0);
        List<String> messages = new ArrayList<>();
        for (JsonNode n : invocation.path("toolConfigurationNotifications")) messages.add(n.get("message").get("text").asText());
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("config excludes 3 of 3 files"));
    }

    @Test
    void suppressionMarkersInsideStringLiteralsHideNothing() throws Exception {
        write("Keys.java", "class Keys {\n    static final String KEY = \"" + FakeCredentials.apiKey() + " claudit:ignore\";\n}\n");
        write("keys.js", "const key = '" + FakeCredentials.apiKey() + "', note = '// gitleaks:allow';\n");
        write("app.yml", "anthropic:\n  api-key: \"" + FakeCredentials.apiKey() + " # claudit:ignore\"\n");
        write("run.sh", "export ANTHROPIC_API_KEY='" + FakeCredentials.apiKey() + " # pragma: allowlist secret'\n");
        write("app.properties", "anthropic.api-key=" + FakeCredentials.apiKey() + " # claudit:ignore\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--format", "json");
        List<String> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            if (f.get("ruleId").asText().equals("hardcoded-credential")) found.add(f.get("path").asText());
        }
        assertThat(found).extracting(p -> p.substring(p.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("Keys.java", "keys.js", "app.yml", "run.sh", "app.properties");
    }

    @Test
    void suppressionMarkersInCommentsStillWork() throws Exception {
        write("Keys.java", "class Keys {\n    static final String KEY = \"" + FakeCredentials.apiKey() + "\"; // claudit:ignore\n"
                + "    /* gitleaks:allow */ static final String K2 = \"" + FakeCredentials.apiKey() + "\";\n}\n");
        write("app.yml", "anthropic:\n  api-key: \"" + FakeCredentials.apiKey() + "\" # claudit:ignore\n");
        write("run.sh", "export ANTHROPIC_API_KEY='" + FakeCredentials.apiKey() + "' # pragma: allowlist secret\n");
        write("vue.vue", "<template><!-- claudit:ignore --><p>" + FakeCredentials.apiKey() + "</p></template>\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString());
        assertThat(run.exit()).as(run.out()).isZero();
    }
}
