package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed {@code .gitignore} that was a symbolic link was followed (to {@code /proc/self/pagemap}: out of
 * memory; to a file elsewhere: its patterns hid a key). Files claudit reads for itself — {@code .gitignore},
 * {@code .git/info/exclude}, {@code .claudit.yml}, a baseline — are never read through a link; each gives a notice
 * (or, named on the command line, exits 2).
 */
class SymlinkedOwnFilesTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private Path repo() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git/info"));
        Files.writeString(repo.resolve("app.env"), "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        Files.writeString(elsewhere.resolve("patterns"), "*.env\n");
        return repo;
    }

    @Test
    void aGitignoreThatIsASymbolicLinkIsNotFollowed() throws Exception {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve(".gitignore"), elsewhere.resolve("patterns"));
        var run = claudit("scan", repo.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("app.env:1:");
        assertThat(run.err()).contains(".gitignore: warning: ignore file not read: symbolic link not followed; its patterns are not used");
    }

    @Test
    void aGitInfoExcludeThatIsASymbolicLinkIsNotFollowed() throws Exception {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve(".git/info/exclude"), elsewhere.resolve("patterns"));
        var run = claudit("scan", repo.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("app.env:1:");
        assertThat(run.err()).contains(".git/info/exclude: warning: ignore file not read: symbolic link not followed");
    }

    @Test
    void aGitignoreLinkedToProcSelfPagemapIsNotRead() throws Exception {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve(".gitignore"), Path.of("/proc/self/pagemap"));
        var run = claudit("scan", repo.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("symbolic link not followed");
    }

    @Test
    void aDefaultConfigThatIsASymbolicLinkIsNotFollowed() throws Exception {
        Path repo = repo();
        Files.writeString(elsewhere.resolve("config.yml"), "exclude:\n  - \"*.env\"\nfail-on: none\n");
        Files.createSymbolicLink(repo.resolve(".claudit.yml"), elsewhere.resolve("config.yml"));
        var run = claudit("scan", repo.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("app.env:1:");
        assertThat(run.err()).contains(".claudit.yml: warning: symbolic link not followed; this config is not used");
    }

    @Test
    void aConfigOrBaselineNamedOnTheCommandLineThatIsASymbolicLinkExits2() throws Exception {
        Path repo = repo();
        Files.writeString(elsewhere.resolve("config.yml"), "fail-on: none\n");
        Path config = Files.createSymbolicLink(repo.resolve("ci.yml"), elsewhere.resolve("config.yml"));
        var run = claudit("scan", repo.toString(), "--config", config.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("claudit: --config: " + config + ": symbolic link not followed");

        Files.writeString(elsewhere.resolve("baseline.json"), "{\"version\": 1, \"findings\": []}\n");
        Path baseline = Files.createSymbolicLink(repo.resolve("baseline.json"), elsewhere.resolve("baseline.json"));
        run = claudit("scan", repo.toString(), "--baseline", baseline.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("claudit: --baseline: cannot read " + baseline + " (symbolic link not followed)");
    }
}
