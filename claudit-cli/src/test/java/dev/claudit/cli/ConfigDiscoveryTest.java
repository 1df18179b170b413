package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: {@code .claudit.yml} at the repository root was not read when claudit ran in a subdirectory, so a
 * developer in {@code services/api} got findings the team had turned off. It is looked for from the scanned directory
 * (or the current one) upwards, and no further than the git top level.
 */
class ConfigDiscoveryTest {

    @TempDir
    Path tmp;

    private static final String APP = "anthropic:\n  base-url: https://api.anthropic.ai\n  model: claude-3.5-sonnet\n";

    @Test
    void theRepositorysConfigIsFoundFromASubdirectory() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write(".claudit.yml", "rules:\n  wrong-host: off\n").write("services/api/application.yml", APP);
        Path api = repo.dir.resolve("services/api");

        DemoEndToEndTest.Run fromSubdir = ClauditProcess.run(api, "scan");
        assertThat(fromSubdir.out()).contains("[invalid-model-id]").doesNotContain("[wrong-host]");
        DemoEndToEndTest.Run namedSubdir = claudit("scan", api.toString());
        assertThat(namedSubdir.out()).contains("[invalid-model-id]").doesNotContain("[wrong-host]");

        repo.write("services/.claudit.yml", "rules:\n  invalid-model-id: off\n");
        DemoEndToEndTest.Run nearest = claudit("scan", api.toString());
        assertThat(nearest.out()).as("the nearest file wins, as with .editorconfig's closest match")
                .contains("[wrong-host]").doesNotContain("[invalid-model-id]");
    }

    @Test
    void noConfigAboveTheGitTopLevelOrAboveTheDirectoryOutsideGit() throws Exception {
        Files.writeString(tmp.resolve(".claudit.yml"), "rules:\n  wrong-host: off\n");
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("app/application.yml", APP);
        assertThat(claudit("scan", repo.dir.resolve("app").toString()).out()).contains("[wrong-host]");

        Path plain = Files.createDirectories(tmp.resolve("plain/app"));
        Files.writeString(plain.resolve("application.yml"), APP);
        assertThat(claudit("scan", plain.toString()).out()).contains("[wrong-host]");
    }

    @Test
    void aPathNamedOnTheCommandLineButExcludedByConfigGetsANoticeNotASilentZeroFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(dir.resolve(".claudit.yml"), "exclude:\n  - vendor/\n  - '*.min.js'\n");
        Files.createDirectories(dir.resolve("vendor"));
        Files.writeString(dir.resolve("vendor/lib.js"), "const base = 'https://api.anthropic.ai/v1/messages';\n");
        Files.writeString(dir.resolve("app.min.js"), "const base = 'https://api.anthropic.ai/v1/messages';\n");
        Files.writeString(dir.resolve("app.yml"), APP);

        DemoEndToEndTest.Run inProject = ClauditProcess.run(dir, "scan", "vendor/lib.js", "vendor", "app.min.js", "app.yml");
        assertThat(inProject.err()).contains(
                "vendor/lib.js: warning: named on the command line but excluded by 'exclude' in .claudit.yml; not scanned",
                "vendor: warning: named on the command line but excluded",
                "app.min.js: warning: named on the command line but excluded").doesNotContain("app.yml: warning");
        assertThat(inProject.out()).contains("app.yml:2:");

        Path config = dir.resolve(".claudit.yml");
        DemoEndToEndTest.Run file = claudit("scan", dir.resolve("vendor/lib.js").toString(), "--config", config.toString());
        assertThat(file.exit()).isZero();
        assertThat(file.err().strip().lines()).contains("lib.js: warning: named on the command line but excluded by 'exclude' in "
                + config + "; not scanned");

        DemoEndToEndTest.Run whole = claudit("scan", dir.toString());
        assertThat(whole.err()).as("what the config excludes from a directory scan is no surprise").doesNotContain("excluded");
    }
}
