package dev.claudit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --color}, {@code TERM=dumb}, {@code -q} and {@code --verbose}: how much a scan prints, and in which colours. */
class ScanOutputOptionsTest {

    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void projectWithAFindingAndANotice() throws Exception {
        project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("application.yml"), "anthropic:\n  base-url: https://api.anthropic.ai\n");
        Files.write(project.resolve("blob.env"), new byte[]{'A', '=', 0, 1, 2}); // binary: a notice
        Files.writeString(project.resolve(".claudit.yml"), "rules:\n  invalid-model-id: off\n");
    }

    @Test
    void autoColoursATerminalOnlyWithoutNoColorAndNotForTermDumb() {
        assertThat(Colour.auto.on(true, Map.of("TERM", "xterm-256color"))).isTrue();
        assertThat(Colour.auto.on(true, Map.of("TERM", "dumb"))).as("TERM=dumb").isFalse();
        assertThat(Colour.auto.on(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Colour.auto.on(true, Map.of("NO_COLOR", ""))).as("an empty NO_COLOR is unset (no-color.org)").isTrue();
        assertThat(Colour.auto.on(false, Map.of())).as("a pipe or a file").isFalse();
        assertThat(Colour.always.on(false, Map.of("NO_COLOR", "1", "TERM", "dumb"))).as("the command line wins").isTrue();
        assertThat(Colour.never.on(true, Map.of())).isFalse();
    }

    @Test
    void colorAlwaysAndNeverOnTheCommandLine() {
        assertThat(claudit("scan", project.toString(), "--color", "always").out()).contains("\u001b[");
        assertThat(claudit("scan", project.toString(), "--color=never").out()).doesNotContain("\u001b[");
        assertThat(claudit("scan", project.toString()).out()).as("not a terminal").doesNotContain("\u001b[");
        assertThat(claudit("scan", project.toString(), "--format", "json", "--color", "always").out()).doesNotContain("\u001b[");
        DemoEndToEndTest.Run bad = claudit("scan", project.toString(), "--color", "sometimes");
        assertThat(bad.exit()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("--color");
    }

    @Test
    void quietPrintsTheFindingsOnly() {
        DemoEndToEndTest.Run normal = claudit("scan", project.toString());
        assertThat(normal.out()).contains("1 error in");
        assertThat(normal.err()).contains("blob.env: note:");

        for (String q : new String[]{"-q", "--quiet"}) {
            DemoEndToEndTest.Run quiet = claudit("scan", project.toString(), q);
            assertThat(quiet.exit()).isEqualTo(1);
            assertThat(quiet.out()).contains("application.yml:2:", "[wrong-host]").doesNotContain("1 error in");
            assertThat(quiet.out()).isEqualTo(normal.out().substring(0, normal.out().indexOf("\n\n") + 1));
            assertThat(quiet.err()).isEmpty();
        }
        DemoEndToEndTest.Run clean = claudit("scan", project.resolve(".claudit.yml").toString(), "-q");
        assertThat(clean.exit()).isZero();
        assertThat(clean.out() + clean.err()).isEmpty();
    }

    @Test
    void verboseSaysWhatTheScanUsed() {
        DemoEndToEndTest.Run run = claudit("scan", project.toString(), "--verbose");
        int n = dev.claudit.rules.RuleCatalog.ids().size();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("claudit: config: " + project.resolve(".claudit.yml"),
                "claudit: scan root: " + project,
                "claudit: rules: " + (n - 1) + " of " + n + " (off in config: invalid-model-id)",
                "claudit: files: 3 listed, 0 excluded by config, ");
        assertThat(run.out()).contains("[wrong-host]", "1 error in");

        DemoEndToEndTest.Run both = claudit("scan", project.toString(), "-q", "--verbose");
        assertThat(both.exit()).isEqualTo(Main.USAGE);
        assertThat(both.err().strip()).isEqualTo("claudit: --quiet and --verbose cannot be used together");
    }
}
