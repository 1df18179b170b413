package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code claudit scan --history} and {@code --commits A..B} in real temporary git repositories. */
class HistoryScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final String key = FakeKeys.apiKey();

    @BeforeAll
    static void needsGit() {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
    }

    private GitRepo repo() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.git("config", "user.name", "Test");
        repo.git("config", "user.email", "test@example.com");
        return repo;
    }

    private static String commit(GitRepo repo, String message) throws Exception {
        repo.git("add", "-A");
        repo.git("commit", "-q", "--allow-empty", "-m", message);
        return repo.git("rev-parse", "HEAD").strip();
    }

    private static JsonNode findings(DemoEndToEndTest.Run run) throws Exception {
        return JSON.readTree(run.out()).get("findings");
    }

    @Test
    void aKeyAddedThenRemovedIsStillReportedWithTheCommitsThatAddedAndRemovedIt() throws Exception {
        GitRepo repo = repo();
        String added = commit(repo.write(".env", "ANTHROPIC_API_KEY=" + key + "\n"), "add settings");
        Files.delete(repo.dir.resolve(".env"));
        String removed = commit(repo.write("README.md", "settings come from the environment\n"), "remove the key");

        assertThat(ClauditProcess.run(repo.dir, "scan").exit()).as("the tree is clean").isZero();

        DemoEndToEndTest.Run text = ClauditProcess.run(repo.dir, "scan", "--history");
        assertThat(text.exit()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains(".env:1:19: error:", "removed in " + removed.substring(0, 7) + ", still in history: revoke it",
                "added in " + added.substring(0, 7), "[hardcoded-credential]");
        assertThat(text.out() + text.err()).doesNotContain(key);

        DemoEndToEndTest.Run json = ClauditProcess.run(repo.dir, "scan", "--history", "--format", "json");
        JsonNode f = findings(json);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).get("path").asText()).isEqualTo(".env");
        assertThat(f.get(0).get("commit").asText()).isEqualTo(added);
        assertThat(f.get(0).get("removedIn").asText()).isEqualTo(removed);
        assertThat(f.get(0).get("inTip").asBoolean()).isFalse();
        assertThat(f.get(0).get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    }

    @Test
    void theSameBlobInManyCommitsAndTheSameKeyInManyVersionsAreReportedOnceAtTheirFirstCommit() throws Exception {
        GitRepo repo = repo();
        String first = commit(repo.write("config/app.env", "ANTHROPIC_API_KEY=" + key + "\n"), "one");
        commit(repo.write("config/app.env", "ANTHROPIC_API_KEY=" + key + "\nDEBUG=1\n"), "two: another blob, same key");
        commit(repo.write("config/app.env", "ANTHROPIC_API_KEY=" + key + "\n"), "three: the first blob again");
        repo.git("checkout", "-q", "-b", "side");
        commit(repo.write("other.txt", "unrelated\n"), "side: the blob is only carried along");
        repo.git("checkout", "-q", "main");

        DemoEndToEndTest.Run json = ClauditProcess.run(repo.dir, "scan", "--history", "--format", "json");
        assertThat(json.exit()).as(json.err()).isEqualTo(1);
        JsonNode f = findings(json);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).get("commit").asText()).isEqualTo(first);
        assertThat(f.get(0).get("inTip").asBoolean()).isTrue();
        assertThat(f.get(0).has("removedIn")).isFalse();
        assertThat(f.get(0).get("message").asText()).contains("added in " + first.substring(0, 7)).doesNotContain("revoke it;");
        assertThat(JSON.readTree(json.out()).get("summary").get("files").asInt())
                .as("three distinct blobs, each read once (the unchanged one is not read again)").isEqualTo(3);
    }

    @Test
    void binaryBlobsAreSkippedWithOneNoticePerPath() throws Exception {
        GitRepo repo = repo();
        Files.createDirectories(repo.dir);
        Files.write(repo.dir.resolve("blob.bin"), ("\0\0\0ANTHROPIC_API_KEY=" + key + "\n").getBytes());
        String first = commit(repo, "binary");
        Files.write(repo.dir.resolve("blob.bin"), ("\0\0\1ANTHROPIC_API_KEY=" + key + "\n").getBytes());
        commit(repo, "binary again");

        DemoEndToEndTest.Run json = ClauditProcess.run(repo.dir, "scan", "--history", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode notices = JSON.readTree(json.out()).get("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("path").asText()).isEqualTo("blob.bin");
        assertThat(notices.get(0).get("message").asText()).isEqualTo("binary file; skipped (in " + first.substring(0, 7) + ")");
    }

    @Test
    void aHugeBlobGetsTheSizeLimitNoticeOfFilesAndIsStillScannedForCredentials() throws Exception {
        GitRepo repo = repo();
        String filler = "# padding line that says nothing at all\n".repeat(200);
        commit(repo.write("big.properties", filler + "anthropic.key=" + key + "\n" + filler), "big");

        DemoEndToEndTest.Run json = ClauditProcess.run(repo.dir, "scan", "--history", "--max-file-size", "4K", "--format", "json");
        assertThat(json.exit()).as(json.err()).isEqualTo(1);
        assertThat(findings(json)).hasSize(1);
        assertThat(findings(json).get(0).get("line").asInt()).isEqualTo(201);
        JsonNode notices = JSON.readTree(json.out()).get("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("message").asText()).startsWith("larger than --max-file-size (4 KiB); scanned for credentials only");
        // the same notice as for a file on disk
        DemoEndToEndTest.Run tree = ClauditProcess.run(repo.dir, "scan", "--max-file-size", "4K", "--format", "json");
        assertThat(JSON.readTree(tree.out()).get("notices").get(0).get("message").asText())
                .isEqualTo("larger than --max-file-size (4 KiB); scanned for credentials only");
    }

    @Test
    void commitsScansOnlyWhatTheRangeAdds() throws Exception {
        GitRepo repo = repo();
        commit(repo.write("old.env", "ANTHROPIC_API_KEY=" + key + "\n"), "before the range");
        String base = commit(repo.write("a.txt", "a\n"), "base");
        repo.git("checkout", "-q", "-b", "feature");
        String added = commit(repo.write("app/.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n"), "oops");
        Files.delete(repo.dir.resolve("app/.env"));
        String removed = commit(repo, "remove it again");

        DemoEndToEndTest.Run json = ClauditProcess.run(repo.dir, "scan", "--commits", base + "..feature", "--format", "json");
        assertThat(json.exit()).as(json.err()).isEqualTo(1);
        List<String> paths = new ArrayList<>();
        for (JsonNode f : findings(json)) paths.add(f.get("path").asText() + " " + f.get("commit").asText() + " " + f.get("removedIn").asText());
        assertThat(paths).containsExactly("app/.env " + added + " " + removed);

        DemoEndToEndTest.Run clean = ClauditProcess.run(repo.dir, "scan", "--commits", base + "..main");
        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
    }

    @Test
    void sarifCarriesTheCommitPerResultAndTheRepositoryWithoutCredentials() throws Exception {
        GitRepo repo = repo();
        String added = commit(repo.write("src/main/resources/application.yml", "spring.ai.anthropic.api-key: " + key + "\n"), "add");
        repo.git("remote", "add", "origin", "https://someone:not-a-real-token@git.example.com/team/app.git");

        DemoEndToEndTest.Run sarif = ClauditProcess.run(repo.dir, "scan", "--history", "--format", "sarif");
        assertThat(sarif.exit()).as(sarif.err()).isEqualTo(1);
        assertThat(sarif.out()).doesNotContain("not-a-real-token").doesNotContain("someone:").doesNotContain(key);
        JsonNode doc = JSON.readTree(sarif.out());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(doc)).isEmpty();
        JsonNode run = doc.get("runs").get(0);
        JsonNode vc = run.get("versionControlProvenance").get(0);
        assertThat(vc.get("repositoryUri").asText()).isEqualTo("https://git.example.com/team/app.git");
        assertThat(vc.get("revisionId").asText()).isEqualTo(added);
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("properties").get("commit").asText()).isEqualTo(added);
        assertThat(result.get("properties").get("inTip").asBoolean()).isTrue();
        assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("src/main/resources/application.yml");
    }

    @Test
    void aRevisionThatLooksLikeAnOptionIsAUsageError() throws Exception {
        GitRepo repo = repo();
        commit(repo.write("a.txt", "a\n"), "one");
        DemoEndToEndTest.Run run = ClauditProcess.run(repo.dir, "scan", "--commits=--output=/tmp/x");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("claudit: --commits: not a revision");
        DemoEndToEndTest.Run unknown = ClauditProcess.run(repo.dir, "scan", "--history", "no-such-branch");
        assertThat(unknown.exit()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).startsWith("claudit: --history: ").doesNotContain("\n\n");
    }
}
