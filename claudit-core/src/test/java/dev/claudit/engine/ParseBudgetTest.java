package dev.claudit.engine;

import dev.claudit.facts.Notice;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.testkit.FakeCredentials;
import dev.claudit.workspace.DirectoryWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * javaparser needs minutes for a few thousand nested lambdas (its lookahead is worse than quadratic there): a
 * file whose parser runs past the budget is scanned for credentials only, and the scan does not wait for it.
 */
class ParseBudgetTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFileThatParsesTooSlowlyIsScannedForCredentialsOnly() throws Exception {
        Files.writeString(dir.resolve("Slow.java"), "class Slow {\n    static final String KEY = \"" + FakeCredentials.apiKey()
                + "\";\n    Runnable r = " + "() -> { Runnable q = ".repeat(1_500) + "null;" + " };".repeat(1_500) + "\n}\n");
        Files.writeString(dir.resolve("fast.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        RuleCatalog catalog = RuleCatalog.load();
        Pipeline pipeline = new Pipeline(catalog, RuleData.load(), catalog.detectors(), Duration.ofMillis(500));

        for (int threads : new int[]{1, 2}) {
            ScanResult result = pipeline.scan(new DirectoryWalker(false).walk(dir, List.of(dir)),
                    new Pipeline.Options(LocalDate.of(2026, 11, 29), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                            java.util.Map.of(), threads), "test");
            assertThat(result.findings()).extracting(f -> f.location().path() + ":" + f.location().line() + ":" + f.location().column())
                    .containsExactly("Slow.java:2:32", "fast.env:1:19");
            assertThat(result.notices()).extracting(Notice::path, Notice::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Slow.java", "not parsed within 0.5 s; scanned for credentials only"));
        }
    }
}
