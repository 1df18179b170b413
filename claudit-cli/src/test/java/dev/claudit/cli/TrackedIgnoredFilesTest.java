package dev.claudit.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A working-tree scan skipped tracked files that match {@code .gitignore} ({@code git add -f}): exit 0 with a key in
 * the repository, on the pull-request check the Action runs. Tracked files are always scanned; the built-in folders
 * skipped are named in one notice, and {@code --no-ignore} scans them.
 */
class TrackedIgnoredFilesTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsGit() {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
    }

    @Test
    void aTrackedFileThatGitignoreMatchesIsScanned() throws Exception {
        GitRepo repo = GitRepo.init(tmp);
        repo.write(".gitignore", "*.env\nsecrets/\n")
                .write("prod.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("secrets/app.properties", "anthropic.api-key=" + FakeKeys.apiKey() + "\n")
                .write("secrets/untracked.properties", "anthropic.api-key=" + FakeKeys.apiKey() + "\n")
                .write("local.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        repo.git("add", "-f", "prod.env", "secrets/app.properties", ".gitignore");

        DemoEndToEndTest.Run run = claudit("scan", tmp.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(StagedScanTest.findings(run)).containsExactly("prod.env:1 hardcoded-credential",
                "secrets/app.properties:1 hardcoded-credential");
    }

    @Test
    void builtInFoldersSkippedAreNamedOnceAndNoIgnoreScansThem() throws Exception {
        GitRepo repo = GitRepo.init(tmp);
        repo.write("app.env", "ANTHROPIC_MODEL=claude-sonnet-4-5\n")
                .write("build/generated.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("web/node_modules/pkg/.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("target/classes/app.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n")
                .write("target/committed.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        repo.git("add", "app.env", "target/committed.env");

        DemoEndToEndTest.Run run = claudit("scan", tmp.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(StagedScanTest.findings(run)).as("a tracked file in a built-in folder is scanned")
                .containsExactly("target/committed.env:1 hardcoded-credential");
        assertThat(run.err()).contains(".: note: folders not scanned (build output, dependencies, tool state): "
                + "build, node_modules, target; --no-ignore scans them");
        assertThat(run.err().lines().filter(l -> l.contains("folders not scanned"))).hasSize(1);

        DemoEndToEndTest.Run all = claudit("scan", tmp.toString(), "--format", "json", "--no-ignore");
        assertThat(StagedScanTest.findings(all)).containsExactly("build/generated.env:1 hardcoded-credential",
                "target/classes/app.env:1 hardcoded-credential", "target/committed.env:1 hardcoded-credential",
                "web/node_modules/pkg/.env:1 hardcoded-credential");
        assertThat(all.err()).doesNotContain("folders not scanned");
    }
}
