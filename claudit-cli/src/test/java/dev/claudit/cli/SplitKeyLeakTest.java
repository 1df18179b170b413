package dev.claudit.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Leaks of a found key: split into pieces ({@code "sk-ant-api03-" + "…"} in Java, JS concatenation) it
 * was printed whole in the text report's source line, piece by piece; {@code --write-baseline} wrote keys that
 * appear in file or folder names; its success message and {@code install-hook}'s printed paths unmasked.
 */
class SplitKeyLeakTest {

    @TempDir
    Path dir;

    /** Fails when any 8 characters of the key's secret part appear in {@code output}. */
    private static void assertNoPiece(String output, String key) {
        String body = key.substring("sk-ant-api03-".length());
        for (int i = 0; i + 8 <= body.length(); i++) {
            assertThat(output).as("piece at %d of the key", i).doesNotContain(body.substring(i, i + 8));
        }
    }

    @Test
    void aKeySplitIntoPiecesHasEveryPieceMaskedInTheSourceLine() throws Exception {
        String javaKey = FakeKeys.apiKey();
        String jsKey = FakeKeys.apiKey();
        Files.writeString(dir.resolve("Keys.java"), "class Keys {\n    static final String KEY = \"" + javaKey.substring(0, 13) + "\" + \""
                + javaKey.substring(13, 60) + "\" + \"" + javaKey.substring(60) + "\";\n}\n");
        Files.writeString(dir.resolve("client.js"), "const key = \"" + jsKey.substring(0, 50) + "\" + \"" + jsKey.substring(50) + "\";\n");

        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--as-of", "2026-11-29");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("Keys.java:2:", "client.js:1:");
        for (String key : new String[]{javaKey, jsKey}) assertNoPiece(run.out() + run.err(), key);
    }

    @Test
    void writeBaselineWritesNoKeyFromAFileOrFolderNameAndItsMessageMasksThePath() throws Exception {
        String inName = FakeKeys.apiKey();
        Path folder = Files.createDirectories(dir.resolve(inName));
        Files.writeString(folder.resolve("app.env"), "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        String fileKey = FakeKeys.apiKey();
        Files.writeString(dir.resolve(fileKey + ".env"), "ANTHROPIC_API_KEY=" + fileKey + "\n");
        Path baseline = Files.createDirectories(dir.resolve("out/" + FakeKeys.apiKey())).resolve("baseline.json");

        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--write-baseline", baseline.toString());
        assertThat(run.exit()).as("what is recorded is baselined: " + run.err()).isZero();
        String written = Files.readString(baseline);
        assertThat(written).contains("app.env");
        assertNoPiece(written, inName);
        assertNoPiece(written, fileKey);
        assertThat(run.err()).contains("claudit: recorded 2 findings in baseline ");
        assertNoPiece(run.out() + run.err(), inName);
        assertNoPiece(run.out() + run.err(), fileKey);
        assertNoPiece(run.err(), baseline.getParent().getFileName().toString());

        DemoEndToEndTest.Run again = claudit("scan", dir.toString(), "--baseline", baseline.toString());
        assertThat(again.exit()).as("the masked paths still match: " + again.err()).isZero();
    }

    @Test
    void installHookMasksAKeyInTheRepositoryPath() throws Exception {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
        String key = FakeKeys.apiKey();
        Path repoDir = dir.resolve(key);
        GitRepo.init(repoDir);
        DemoEndToEndTest.Run run = ClauditProcess.run(repoDir, "install-hook");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("installed ", "pre-commit");
        assertNoPiece(run.out() + run.err(), key);
    }
}
