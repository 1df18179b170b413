package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
        DemoEndToEndTest.Run namedSubdir = ClauditProcess.run(tmp, "scan", api.toString());
        assertThat(namedSubdir.out()).contains("[invalid-model-id]").doesNotContain("[wrong-host]");

        repo.write("services/.claudit.yml", "rules:\n  invalid-model-id: off\n");
        DemoEndToEndTest.Run nearest = ClauditProcess.run(api, "scan");
        assertThat(nearest.out()).as("the nearest file wins, as with .editorconfig's closest match")
                .contains("[wrong-host]").doesNotContain("[invalid-model-id]");
    }

    @Test
    void noConfigAboveTheGitTopLevelOrAboveTheDirectoryOutsideGit() throws Exception {
        Files.writeString(tmp.resolve(".claudit.yml"), "rules:\n  wrong-host: off\n");
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("app/application.yml", APP);
        assertThat(ClauditProcess.run(repo.dir.resolve("app"), "scan").out()).contains("[wrong-host]");

        Path plain = Files.createDirectories(tmp.resolve("plain/app"));
        Files.writeString(plain.resolve("application.yml"), APP);
        assertThat(ClauditProcess.run(plain, "scan").out()).contains("[wrong-host]");
    }
}
