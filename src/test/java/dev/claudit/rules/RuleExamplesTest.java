package dev.claudit.rules;

import dev.claudit.cli.Pipeline;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of every rule YAML: each line marked {@code expect: rule-id[, rule-id]} must be
 * reported for exactly those rules, and no other line may be reported for any rule.
 */
class RuleExamplesTest {

    static final Pattern EXPECT = Pattern.compile("expect: ([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
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
        TreeSet<String> expected = new TreeSet<>();
        for (Map.Entry<String, String> file : ex.files().entrySet()) {
            Path p = dir.resolve(file.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, file.getValue(), StandardCharsets.UTF_8);
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = EXPECT.matcher(lines[i]);
                if (m.find()) {
                    for (String id : m.group(1).split(",")) expected.add(file.getKey() + ":" + (i + 1) + ": " + id.trim());
                }
            }
        }
        LocalDate asOf = ex.asOf() == null ? DEFAULT_AS_OF : LocalDate.parse(ex.asOf());
        ScanResult result = scan(catalog, data, dir, asOf);
        TreeSet<String> actual = new TreeSet<>();
        for (Finding f : result.findings()) actual.add(f.location().path() + ":" + f.location().line() + ": " + f.ruleId());
        assertThat(actual).as("findings (path:line: rule) of example '%s'; notices %s", ex.title(), result.notices())
                .containsExactlyElementsOf(expected);
    }

    static ScanResult scan(RuleCatalog catalog, RuleData data, Path dir, LocalDate asOf) {
        var workspace = new DirectoryWalker(false).walk(dir, List.of(dir));
        return new Pipeline(catalog, data).scan(workspace, Pipeline.Options.defaults(asOf), "test");
    }
}
