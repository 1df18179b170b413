package dev.claudit.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --staged} read only added, copied, modified and renamed entries: a symbolic link replaced by a regular file
 * holding a key (a type change, status {@code T}) passed the hook, and during a merge conflicted entries were
 * skipped silently. Both are scanned now, in real repositories.
 */
class StagedTypeChangeAndConflictTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsGit() {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
    }

    @Test
    void aSymbolicLinkReplacedByAFileHoldingAKeyIsScanned() throws Exception {
        GitRepo repo = GitRepo.init(tmp);
        repo.write("real.env", "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n");
        Files.createSymbolicLink(tmp.resolve("app.env"), Path.of("real.env"));
        repo.git("add", ".");
        repo.git("commit", "-q", "--no-verify", "-m", "first");
        Files.delete(tmp.resolve("app.env"));
        repo.write("app.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        repo.git("add", "app.env");
        assertThat(repo.git("diff", "--cached", "--name-status")).startsWith("T");

        DemoEndToEndTest.Run run = ClauditProcess.run(tmp, "scan", "--staged", "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(StagedScanTest.findings(run)).containsExactly("app.env:1 hardcoded-credential");
    }

    @Test
    void aConflictedFileDuringAMergeIsScannedFromTheWorkingTreeWithANotice() throws Exception {
        GitRepo repo = GitRepo.init(tmp);
        repo.write("app.env", "ANTHROPIC_MODEL=claude-sonnet-4-5\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "--no-verify", "-m", "base");
        String base = repo.git("rev-parse", "--abbrev-ref", "HEAD").strip();
        repo.git("checkout", "-q", "-b", "theirs");
        repo.write("app.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        repo.git("commit", "-q", "--no-verify", "-am", "theirs");
        repo.git("checkout", "-q", base);
        repo.write("app.env", "ANTHROPIC_MODEL=claude-haiku-4-5\n");
        repo.git("commit", "-q", "--no-verify", "-am", "ours");
        DemoEndToEndTest.Run merge = ClauditProcess.exec(tmp, java.util.List.of("git", "merge", "theirs"), java.util.Map.of());
        assertThat(merge.exit()).as("the merge conflicts").isNotZero();
        assertThat(repo.git("ls-files", "-u")).contains("app.env");

        DemoEndToEndTest.Run run = ClauditProcess.run(tmp, "scan", "--staged", "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(StagedScanTest.findings(run)).containsExactly("app.env:4 hardcoded-credential");
        assertThat(run.err()).contains("app.env: note: merge conflict: the working-tree file is scanned");
    }
}
