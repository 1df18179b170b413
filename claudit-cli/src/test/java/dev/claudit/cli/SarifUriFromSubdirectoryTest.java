package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: SARIF URIs were relative to the directory claudit ran in, so a scan started in a subdirectory of the
 * repository gave GitHub {@code config/.env} for {@code app/config/.env} and its alerts could not be placed. They are
 * relative to {@code %SRCROOT%}: the git top level, or the scan root outside git.
 */
class SarifUriFromSubdirectoryTest {

    @TempDir
    Path tmp;

    private static List<String> uris(DemoEndToEndTest.Run run) throws Exception {
        List<String> uris = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(run.out()).at("/runs/0/results")) {
            uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        }
        return uris;
    }

    private static String fingerprint(DemoEndToEndTest.Run run) throws Exception {
        return new ObjectMapper().readTree(run.out()).at("/runs/0/results/0/partialFingerprints").toString();
    }

    @Test
    void sarifUrisAreRelativeToTheGitTopLevelWhateverTheCurrentDirectory() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("app/config/.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("app/src/Client.java", "class Client { String url = \"https://api.anthropic.ai/v1/messages\"; }\n");
        Path app = repo.dir.resolve("app");

        DemoEndToEndTest.Run fromApp = ClauditProcess.run(app, "scan", "--format", "sarif");
        assertThat(fromApp.exit()).as(fromApp.err()).isEqualTo(1);
        assertThat(uris(fromApp)).containsExactly("app/config/.env", "app/src/Client.java");

        DemoEndToEndTest.Run fromConfig = ClauditProcess.run(app.resolve("config"), "scan", ".", "--format", "sarif");
        assertThat(uris(fromConfig)).containsExactly("app/config/.env");
        DemoEndToEndTest.Run fromOutside = DemoEndToEndTest.claudit("scan", repo.dir.resolve("app/config").toString(), "--format", "sarif");
        assertThat(uris(fromOutside)).containsExactly("app/config/.env");
        assertThat(fingerprint(fromConfig)).as("the same alert for GitHub from anywhere").isEqualTo(fingerprint(fromOutside));

        DemoEndToEndTest.Run text = ClauditProcess.run(app.resolve("config"), "scan", ".");
        assertThat(text.out()).as("text stays relative to where it ran, for people").contains(".env:1:19: error:")
                .doesNotContain("app/config/.env");
    }

    @Test
    void outsideGitSarifUrisAreRelativeToTheScanRoot() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project/service"));
        Files.writeString(project.resolve(".env"), "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", project.toString(), "--format", "sarif");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(uris(run)).containsExactly(".env");
    }
}
