package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code claudit scan --staged} in real temporary git repositories: what is scanned is the index, never the working tree. */
@Tag("integration") // slow: real git repositories and a claudit JVM per scan; mvn -B verify -Pintegration runs it (.ci/run does)
class StagedScanTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsGit() {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
    }

    static List<String> findings(DemoEndToEndTest.Run run) throws Exception {
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> out = new ArrayList<>();
        for (JsonNode f : json.get("findings")) out.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
        return out;
    }

    @Test
    void scansTheStagedBlobNotTheWorkingTreeInARepoWithNoCommits() throws Exception {
        String key = FakeKeys.apiKey();
        GitRepo repo = GitRepo.init(tmp);
        repo.write("app/.env", "# settings\nANTHROPIC_API_KEY=" + key + "\n").write("clean.yml", "model: claude-sonnet-4-5\n");
        repo.git("add", ".");
        repo.write("app/.env", "# settings\nANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n"); // fixed on disk, not yet staged

        DemoEndToEndTest.Run text = ClauditProcess.run(tmp, "scan", "--staged");
        assertThat(text.exit()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains("app/.env:2:19: error:", "[hardcoded-credential]")
                .as("the source line shown is the staged one, masked").contains("ANTHROPIC_API_KEY=sk-ant-api03-…" + key.substring(key.length() - 4))
                .doesNotContain("${ANTHROPIC_API_KEY}")
                .contains("1 error in 2 files");
        assertThat(text.out() + text.err()).doesNotContain(key);

        assertThat(ClauditProcess.run(tmp, "scan").exit()).as("the working tree is clean").isZero();
    }

    @Test
    void aFixStagedButNotYetOnDiskPasses() throws Exception {
        String key = FakeKeys.apiKey();
        GitRepo repo = GitRepo.init(tmp);
        repo.write(".env", "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n");
        repo.git("add", ".env");
        repo.write(".env", "ANTHROPIC_API_KEY=" + key + "\n");
        DemoEndToEndTest.Run run = ClauditProcess.run(tmp, "scan", "--staged");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("no findings in 1 file");
    }

    @Test
    void afterCommitsOnlyAddedModifiedAndRenamedFilesAreScannedAndDeletedOnesIgnored() throws Exception {
        String key = FakeKeys.apiKey();
        GitRepo repo = GitRepo.init(tmp);
        repo.write("old.env", "ANTHROPIC_API_KEY=" + key + "\n")
                .write("unchanged.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("doomed.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("config.yml", "a: 1\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "--no-verify", "-m", "first");
        repo.git("mv", "old.env", "renamed.env");
        repo.git("rm", "-q", "doomed.env");
        repo.write("config.yml", "a: 1\nkey: " + FakeKeys.apiKey() + "\n");
        repo.git("add", "config.yml");

        DemoEndToEndTest.Run run = ClauditProcess.run(tmp, "scan", "--staged", "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(findings(run)).containsExactly("config.yml:2 hardcoded-credential", "renamed.env:1 hardcoded-credential");
        assertThat(new ObjectMapper().readTree(run.out()).at("/summary/files").asInt()).isEqualTo(2);
    }

    @Test
    void pathsWithSpacesAndNonAsciiFromASubdirectoryAreRepoRelative() throws Exception {
        GitRepo repo = GitRepo.init(tmp);
        String odd = "sub dir/ünïcødé config.env";
        repo.write(odd, "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("other/app.properties", "anthropic.api-key=" + FakeKeys.apiKey() + "\n");
        repo.git("add", ".");
        Path sub = tmp.resolve("sub dir");

        DemoEndToEndTest.Run all = ClauditProcess.run(sub, "scan", "--staged", "--format", "json");
        assertThat(all.exit()).as(all.err()).isEqualTo(1);
        assertThat(findings(all)).containsExactly("other/app.properties:1 hardcoded-credential",
                "sub dir/ünïcødé config.env:1 hardcoded-credential");

        DemoEndToEndTest.Run here = ClauditProcess.run(sub, "scan", "--staged", "--format", "json", ".");
        assertThat(findings(here)).as("PATH restricts, relative to the current directory")
                .containsExactly("sub dir/ünïcødé config.env:1 hardcoded-credential");
        DemoEndToEndTest.Run there = ClauditProcess.run(sub, "scan", "--staged", "--format", "json", "../other");
        assertThat(findings(there)).containsExactly("other/app.properties:1 hardcoded-credential");

        DemoEndToEndTest.Run sarif = ClauditProcess.run(sub, "scan", "--staged", "--format", "sarif", "ünïcødé config.env");
        JsonNode uri = new ObjectMapper().readTree(sarif.out()).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri");
        assertThat(uri.asText()).isEqualTo("sub%20dir/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20config.env");
    }

    @Test
    void outsideAGitRepositoryIsAUsageError() throws Exception {
        Files.writeString(tmp.resolve("a.env"), "X=1\n");
        DemoEndToEndTest.Run run = ClauditProcess.run(tmp, "scan", "--staged");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("claudit: --staged: not a git repository");
    }
}
