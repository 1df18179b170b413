package dev.claudit.cli;

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
 * The {@code claudit-pre-push} hook of {@code .pre-commit-hooks.yaml} run by the real pre-commit framework on a real
 * {@code git push} to a bare repository: the first push (pre-commit gives no range then: the whole history is
 * scanned), a push of a key committed and removed again (blocked: the key is in the pushed commits), and the push
 * after that history is rewritten. The hook repository is a snapshot of this working tree, as in
 * {@link PreCommitHookTest}. Skipped where git or pre-commit is missing.
 */
class PrePushHookTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void needsGitAndPreCommit() throws Exception {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
        assumeTrue(ClauditProcess.available("pre-commit", "--version"), "pre-commit is not installed");
        assumeTrue(ClauditProcess.exec(PreCommitHookTest.PROJECT, List.of("git", "rev-parse", "--is-inside-work-tree"), Map.of()).exit() == 0,
                "the project is not a git checkout");
    }

    private static DemoEndToEndTest.Run git(GitRepo repo, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return ClauditProcess.exec(repo.dir, command, env);
    }

    @Test
    void aKeyCommittedAndRemovedBeforeThePushBlocksIt() throws Exception {
        Path hookRepo = tmp.resolve("claudit");
        String rev = PreCommitHookTest.snapshot(hookRepo);
        Map<String, String> env = Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString(), "PRE_COMMIT_COLOR", "never");
        Path remote = tmp.resolve("remote.git");
        assertThat(ClauditProcess.exec(tmp, List.of("git", "init", "-q", "--bare", remote.toString()), Map.of()).exit()).isZero();

        GitRepo user = GitRepo.init(tmp.resolve("app"));
        user.git("remote", "add", "origin", remote.toString());
        user.write(".pre-commit-config.yaml", """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: claudit-pre-push
                """.formatted(hookRepo, rev)).write("README.md", "settings come from the environment\n");
        user.git("add", ".");
        user.git("commit", "-q", "-m", "base");
        String base = user.git("rev-parse", "HEAD").strip();
        DemoEndToEndTest.Run install = ClauditProcess.exec(user.dir, List.of("pre-commit", "install", "--hook-type", "pre-push"), env);
        assertThat(install.exit()).as(install.out() + install.err()).isZero();

        DemoEndToEndTest.Run first = git(user, env, "push", "-q", "origin", "main");
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out() + first.err()).containsPattern("claudit \\(commits being pushed\\)\\.+Passed");

        String key = FakeKeys.apiKey();
        user.write("config/.env", "ANTHROPIC_API_KEY=" + key + "\n");
        user.git("add", ".");
        user.git("commit", "-q", "-m", "settings");
        Files.delete(user.dir.resolve("config/.env"));
        user.git("add", "-A");
        user.git("commit", "-q", "-m", "oops, no key in git");
        String removed = user.git("rev-parse", "HEAD").strip();

        DemoEndToEndTest.Run blocked = git(user, env, "push", "origin", "main");
        String shown = blocked.out() + blocked.err();
        System.out.println("git push of a key committed and removed:\n" + shown);
        assertThat(blocked.exit()).as(shown).isNotZero();
        assertThat(shown).contains("config/.env:1:19: error:", "removed in " + removed.substring(0, 7) + ", still in history: revoke it",
                "[hardcoded-credential]").doesNotContain(key);
        assertThat(ClauditProcess.exec(remote, List.of("git", "rev-parse", "main"), Map.of()).out().strip())
                .as("the remote did not get the commits").isEqualTo(base);

        user.git("reset", "-q", "--hard", base);
        user.write("config/.env", "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n");
        user.git("add", ".");
        user.git("commit", "-q", "-m", "settings without the key");
        DemoEndToEndTest.Run clean = git(user, env, "push", "origin", "main");
        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
    }
}
