package dev.claudit.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code claudit} hook of {@code .pre-commit-hooks.yaml} run by the real pre-commit framework, as a user's project
 * would: {@code pre-commit try-repo}, then {@code pre-commit install} and {@code git commit} before and after the fix. pre-commit clones
 * the hook repository at a commit, so the test commits a snapshot of this working tree (tracked and new files, not
 * ignored ones) to a temporary repository and points pre-commit at it; each clone builds its jar with Maven, as a
 * user's first run does. Skipped where git or pre-commit is missing; {@code .ci/run} installs both.
 */
@Tag("integration") // slow: the real pre-commit framework, which clones this repository and builds its jar with Maven: minutes; mvn -B verify -Pintegration runs it (.ci/run does)
class PreCommitHookTest {

    @TempDir
    Path tmp;

    static final Path PROJECT = Path.of("").toAbsolutePath();

    @BeforeEach // not @BeforeAll: a skip then shows in the test counts as "Skipped: 1"
    void needsGitAndPreCommit() throws Exception {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
        assumeTrue(ClauditProcess.available("pre-commit", "--version"), "pre-commit is not installed");
        assumeTrue(ClauditProcess.exec(PROJECT, List.of("git", "rev-parse", "--is-inside-work-tree"), Map.of()).exit() == 0,
                "the project is not a git checkout");
    }

    /** This working tree, committed to a fresh repository; returns its commit. */
    static String snapshot(Path into) throws Exception {
        GitRepo snap = GitRepo.init(into);
        DemoEndToEndTest.Run files = ClauditProcess.exec(PROJECT, List.of("git", "ls-files", "-z", "--cached", "--others",
                "--exclude-standard"), Map.of());
        for (String name : files.out().split("\0")) {
            Path from = PROJECT.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(from)) continue; // deleted in the working tree
            Path to = into.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        snap.git("add", "-A");
        snap.git("commit", "-q", "--no-verify", "-m", "snapshot of the working tree");
        return snap.git("rev-parse", "HEAD").strip();
    }

    private DemoEndToEndTest.Run preCommit(GitRepo user, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("pre-commit"));
        command.addAll(List.of(args));
        return ClauditProcess.exec(user.dir, command, env);
    }

    @Test
    void tryRepoAndARealCommitAreBlockedByAKeyAndPassAfterTheFix() throws Exception {
        Path hookRepo = tmp.resolve("claudit");
        String rev = snapshot(hookRepo);
        Map<String, String> env = Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString(),
                "PRE_COMMIT_COLOR", "never");

        String key = FakeKeys.apiKey();
        GitRepo user = GitRepo.init(tmp.resolve("app"));
        user.write("config/.env", "ANTHROPIC_API_KEY=" + key + "\n")
                .write("src/main/resources/application.yml", "anthropic:\n  model: claude-sonnet-4-5\n");
        user.git("add", ".");

        DemoEndToEndTest.Run tried = preCommit(user, env, "try-repo", hookRepo.toString(), "claudit", "--ref", rev);
        String shown = tried.out() + tried.err();
        System.out.println("pre-commit try-repo with a key staged:\n" + shown); // kept in target/surefire-reports
        assertThat(tried.exit()).as(shown).isEqualTo(1);
        assertThat(shown).contains("claudit", "Failed", "hook id: claudit", "exit code: 1",
                "config/.env:1:19: error: Anthropic API key committed in source (sk-ant-api03-…" + key.substring(key.length() - 4) + ")",
                "[hardcoded-credential]", "1 error in 2 files").doesNotContain(key);

        user.write(".pre-commit-config.yaml", """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: claudit
                """.formatted(hookRepo, rev));
        user.git("add", ".pre-commit-config.yaml");
        assertThat(preCommit(user, env, "install").exit()).isZero();
        DemoEndToEndTest.Run blocked = ClauditProcess.exec(user.dir, List.of("git", "commit", "-m", "settings"), env);
        assertThat(blocked.exit()).as(blocked.out() + blocked.err()).isNotZero();
        assertThat(blocked.out() + blocked.err()).contains("config/.env:1:19: error:", "[hardcoded-credential]").doesNotContain(key);
        assertThat(ClauditProcess.exec(user.dir, List.of("git", "rev-parse", "-q", "--verify", "HEAD"), env).exit())
                .as("nothing was committed").isNotZero();

        user.write("config/.env", "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n");
        user.git("add", "config/.env");
        DemoEndToEndTest.Run committed = ClauditProcess.exec(user.dir, List.of("git", "commit", "-m", "settings"), env);
        assertThat(committed.exit()).as(committed.out() + committed.err()).isZero();
        assertThat(committed.out() + committed.err()).containsPattern("claudit\\.+Passed");
        System.out.println("git commit after the fix:\n" + committed.out() + committed.err());

    }
}
