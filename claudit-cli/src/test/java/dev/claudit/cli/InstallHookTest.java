package dev.claudit.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code claudit install-hook} in a real repository: the hook it writes blocks a commit with a key and lets the fix through. */
@Tag("integration") // slow: real git commits running the installed hook, each starting claudit in its own JVM; mvn -B verify -Pintegration runs it (.ci/run does)
class InstallHookTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsGit() {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
    }

    /** Outside a built jar the hook calls {@code claudit} from PATH; this puts these test classes there under that name. */
    private Map<String, String> pathWithClaudit() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path shim = bin.resolve("claudit");
        Files.writeString(shim, "#!/bin/sh\nexec " + InstallHookCommand.quote(ClauditProcess.java()) + " -cp "
                + InstallHookCommand.quote(System.getProperty("java.class.path")) + " " + Main.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin + ":" + System.getenv("PATH"));
    }

    @Test
    void theInstalledHookBlocksACommitWithAKeyAndPassesTheFix() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        DemoEndToEndTest.Run install = ClauditProcess.run(repo.dir, "install-hook");
        assertThat(install.exit()).as(install.err()).isZero();
        Path hook = repo.dir.resolve(".git/hooks/pre-commit");
        assertThat(install.out()).contains("installed " + hook);
        assertThat(Files.isExecutable(hook)).isTrue();
        assertThat(Files.readString(hook)).contains(InstallHookCommand.MARKER, "exec claudit scan --staged");

        String key = FakeKeys.apiKey();
        repo.write("src/.env", "ANTHROPIC_API_KEY=" + key + "\n").write("README.md", "hello\n");
        repo.git("add", ".");
        Map<String, String> env = pathWithClaudit();
        DemoEndToEndTest.Run blocked = ClauditProcess.exec(repo.dir, List.of("git", "commit", "-m", "add settings"), env);
        assertThat(blocked.exit()).as(blocked.out() + blocked.err()).isNotZero();
        assertThat(blocked.out() + blocked.err()).contains("src/.env:1:19: error:", "[hardcoded-credential]").doesNotContain(key);
        assertThat(ClauditProcess.exec(repo.dir, List.of("git", "rev-parse", "--verify", "-q", "HEAD"), env).exit())
                .as("nothing was committed").isNotZero();

        repo.write("src/.env", "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n");
        repo.git("add", "src/.env");
        DemoEndToEndTest.Run passed = ClauditProcess.exec(repo.dir, List.of("git", "commit", "-q", "-m", "add settings"), env);
        assertThat(passed.exit()).as(passed.out() + passed.err()).isZero();
        assertThat(repo.git("log", "--format=%s")).isEqualTo("add settings\n");
    }

    @Test
    void aForeignHookIsKeptUnlessForced() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        Path hook = repo.dir.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\nmake lint\n", StandardCharsets.UTF_8);

        DemoEndToEndTest.Run refused = ClauditProcess.run(repo.dir, "install-hook");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(refused.err()).contains("exists and was not written by claudit", "--force");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nmake lint\n");

        DemoEndToEndTest.Run forced = ClauditProcess.run(repo.dir, "install-hook", "--force");
        assertThat(forced.exit()).isZero();
        assertThat(forced.out()).startsWith("replaced ");
        assertThat(Files.readString(hook)).contains(InstallHookCommand.MARKER);
        assertThat(ClauditProcess.run(repo.dir, "install-hook").exit()).as("its own hook may be rewritten").isZero();
    }

    @Test
    void theHookGoesWhereCoreHooksPathPointsFromASubdirectory() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.git("config", "core.hooksPath", ".githooks");
        Path sub = Files.createDirectories(repo.dir.resolve("a/b"));
        assertThat(ClauditProcess.run(sub, "install-hook").exit()).isZero();
        assertThat(repo.dir.resolve(".githooks/pre-commit")).exists();
    }

    @Test
    void outsideARepositoryItIsAUsageError() throws Exception {
        DemoEndToEndTest.Run run = ClauditProcess.run(tmp, "install-hook");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("claudit: install-hook: not a git repository");
    }
}
