package dev.claudit.engine;

import dev.claudit.report.ScanResult;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file's place (test, fixture) is judged from its path below the directory named on the command line: a project kept
 * under {@code testdata/} and scanned by name is read as a project, not as fixture data, while the same tree scanned
 * from above stays fixture data.
 */
class PlaceBelowScannedDirectoryTest {

    @TempDir
    Path dir;

    private List<String> scan(List<String> named) throws Exception {
        Path app = dir.resolve("testdata/app/src/main/resources/application.properties");
        Files.createDirectories(app.getParent());
        Files.writeString(app, "spring.ai.anthropic.chat.options.model=claude-3.5-sonnet\n");
        ScanResult result = new Pipeline(RuleCatalog.load(), RuleData.load()).scan(new DirectoryWalker(false).walk(dir, List.of(dir)),
                Pipeline.Options.defaults(LocalDate.of(2026, 11, 29)).withThreads(1).withScannedDirectories(named), "test");
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aProjectUnderTestdataNamedOnTheCommandLineIsReadAsAProject() throws Exception {
        assertThat(scan(List.of("testdata/app"))).contains("invalid-model-id");
    }

    @Test
    void theSameTreeScannedFromAboveIsFixtureData() throws Exception {
        assertThat(scan(List.of())).doesNotContain("invalid-model-id");
    }
}
