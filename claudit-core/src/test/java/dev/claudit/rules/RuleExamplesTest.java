package dev.claudit.rules;

import dev.claudit.engine.Pipeline;
import dev.claudit.report.ScanResult;
import dev.claudit.workspace.DirectoryWalker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of every rule YAML: each line marked {@code expect: rule-id[ "fragment"][, ...]} must be
 * reported for exactly those rules, with the fragment in the message, and no other line may be reported for any rule
 * ({@link ExampleExpectations}).
 */
class RuleExamplesTest {

    /** Examples are judged at a fixed date so model retirement does not move under the tests. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyRuleExample() {
        RuleCatalog catalog = RuleCatalog.load();
        RuleData data = RuleData.load();
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (RuleMeta rule : catalog.rules()) {
            for (RuleMeta.Example ex : rule.examples()) {
                int index = n++;
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + ex.title(), () -> check(catalog, data, ex, tmp.resolve("ex" + index))));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    static void check(RuleCatalog catalog, RuleData data, RuleMeta.Example ex, Path dir) throws IOException {
        ExampleExpectations expected = new ExampleExpectations();
        for (Map.Entry<String, String> file : ex.files().entrySet()) {
            Path p = dir.resolve(file.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, file.getValue(), StandardCharsets.UTF_8);
            expected.read(file.getKey(), file.getValue());
        }
        LocalDate asOf = ex.asOf() == null ? DEFAULT_AS_OF : LocalDate.parse(ex.asOf());
        ScanResult result = scan(catalog, data, dir, asOf);
        expected.check(result.findings(), ex.title(), result.notices());
    }

    static ScanResult scan(RuleCatalog catalog, RuleData data, Path dir, LocalDate asOf) {
        var workspace = new DirectoryWalker(false).walk(dir, List.of(dir));
        return new Pipeline(catalog, data).scan(workspace, Pipeline.Options.defaults(asOf), "test");
    }
}
