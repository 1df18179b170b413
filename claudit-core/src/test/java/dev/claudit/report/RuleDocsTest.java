package dev.claudit.report;

import dev.claudit.rules.Credentials;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.RuleMeta;
import dev.claudit.testkit.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule pages ({@code docs/rules/<id>.md}) and the README's rule table are generated from {@code rules/*.yml} by
 * {@link RuleDocs}; this test fails the build while they are stale, saying how to regenerate them, and regenerates
 * them when run with {@code -Dclaudit.updateDocs=true} (what {@code scripts/update-rule-docs.sh} does).
 *
 * <p>Regression: the README's rule table was written by hand and listed 5 of 13 rules.
 */
class RuleDocsTest {

    static final String REGENERATE = "run " + RuleDocs.REGENERATE + " (mvn -q test -Dtest=RuleDocsTest -Dclaudit.updateDocs=true "
            + "-Dsurefire.failIfNoSpecifiedTests=false)";

    @Test
    void theDocsAreWhatRulesYmlSay() throws IOException {
        Path root = RepositoryRoot.find();
        Map<String, String> expected = generated(root, RuleCatalog.load().rules());
        if (Boolean.getBoolean("claudit.updateDocs")) write(root, expected);
        assertThat(stale(root, expected)).as("generated from rules/*.yml but stale or left over; " + REGENERATE).isEmpty();
    }

    @Test
    void everyRuleHasAPageAndTheReadmeLinksIt() throws IOException {
        Path root = RepositoryRoot.find();
        List<RuleMeta> rules = RuleCatalog.load().rules();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        for (RuleMeta r : rules) {
            assertThat(root.resolve("docs/rules/" + r.id() + ".md")).isRegularFile();
            assertThat(readme).contains("| [`" + r.id() + "`](docs/rules/" + r.id() + ".md) | " + r.level().id() + " |");
        }
    }

    // --- the checker, failing ---

    @Test
    void aMissingAnEditedAndALeftOverPageAndAStaleTableAreAllStale(@TempDir Path root) throws IOException {
        List<RuleMeta> rules = List.of(SampleScan.WRONG_HOST, SampleScan.WHITESPACE);
        Files.writeString(root.resolve("README.md"), "# x\n\n" + RuleDocs.TABLE_BEGIN + "old table\n" + RuleDocs.TABLE_END + "\nmore\n");
        Map<String, String> expected = generated(root, rules);
        assertThat(stale(root, expected)).containsExactly("README.md", "docs/rules/key-whitespace.md", "docs/rules/wrong-host.md");

        write(root, expected);
        assertThat(stale(root, expected)).isEmpty();
        assertThat(Files.readString(root.resolve("README.md"))).startsWith("# x\n\n").endsWith(RuleDocs.TABLE_END + "\nmore\n")
                .contains("| [`wrong-host`](docs/rules/wrong-host.md) | error | 7.5 | A host that is not the Anthropic API. |");

        Files.writeString(root.resolve("docs/rules/wrong-host.md"), "edited by hand\n");
        Files.writeString(root.resolve("docs/rules/retired-rule.md"), "a rule that is gone\n");
        assertThat(stale(root, expected)).containsExactly("docs/rules/retired-rule.md", "docs/rules/wrong-host.md");
        write(root, expected);
        assertThat(root.resolve("docs/rules/retired-rule.md")).doesNotExist();
        assertThat(stale(root, expected)).isEmpty();
    }

    @Test
    void aReadmeWithoutTheMarkersIsAnError() {
        assertThatThrownBy(() -> new RuleDocs(List.of(SampleScan.WRONG_HOST)).readme("# x\n| Rule |\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marker comments");
    }

    // --- a page ---

    @Test
    void aPageHoldsWhatTheYamlSays() {
        RuleMeta rule = RuleCatalog.load().rule("wrong-host").orElseThrow();
        String page = RuleDocs.page(rule);
        assertThat(page).startsWith("<!-- generated from rules/wrong-host.yml by scripts/update-rule-docs.sh; do not edit by hand -->\n# `wrong-host`\n")
                .contains(rule.summary(), "| Level | error |", "| Security severity | 7.5 |", "| Precision | high |",
                        "| Tags | `security`, `correctness`, `external/cwe/cwe-923` |", "| SARIF name | `WrongAnthropicHost` |",
                        rule.description().strip(), rule.help().strip())
                .contains("## Failing examples", "## Passing examples")
                .contains("| `default` | `{host}` is not Anthropic's API: requests (and the key sent with them) go elsewhere; use `https://{fix}` |");
        int failing = page.indexOf("## Failing examples");
        int passing = page.indexOf("## Passing examples");
        for (RuleMeta.Example e : rule.examples()) {
            int at = page.indexOf("### " + e.title());
            assertThat(at).as(e.title()).isPositive();
            if (e.reports("wrong-host")) assertThat(at).as(e.title()).isBetween(failing, passing);
            else assertThat(at).as(e.title()).isGreaterThan(passing);
        }
        assertThat(page).contains("`src/main/java/com/acme/Endpoints.java`:\n\n```java\npackage com.acme;\n")
                .contains("```yaml\nanthropic:\n", "```dotenv\nANTHROPIC_BASE_URL=", "```dockerfile\nFROM alpine");
    }

    @Test
    void aPageShowsNoWholeCredential() {
        RuleMeta rule = RuleCatalog.load().rule("hardcoded-credential").orElseThrow();
        String yamlExamples = String.join("\n", rule.examples().stream().flatMap(e -> e.files().values().stream()).toList());
        Credentials credentials = new Credentials(RuleData.load());
        assertThat(credentials.find(yamlExamples)).as("the examples hold credential-shaped test keys").isPresent();
        String page = RuleDocs.page(rule);
        assertThat(page).contains("sk-ant-");
        assertThat(credentials.find(page)).isEmpty();
    }

    @Test
    void aFenceIsLongerThanTheBackticksInside() {
        RuleMeta.Example markdown = new RuleMeta.Example("ok, a README", Map.of("README.md", "```sh\nexport X=1\n```\n"), null);
        RuleMeta rule = new RuleMeta("wrong-host", "WrongHost", dev.claudit.rules.Level.ERROR, null, "high", List.of("correctness"),
                "S.", "D.", "M", "H.", List.of(markdown));
        assertThat(RuleDocs.page(rule)).contains("`README.md`:\n\n````markdown\n```sh\nexport X=1\n```\n````\n");
    }

    // --- the files ---

    /** What the generator writes: the README (read from {@code root}) and every page, by path under {@code root}. */
    static Map<String, String> generated(Path root, List<RuleMeta> rules) throws IOException {
        RuleDocs docs = new RuleDocs(rules);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("README.md", docs.readme(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8)));
        out.putAll(docs.pages());
        return out;
    }

    /** The generated files that differ from, or are missing on, disk, and pages on disk that nothing generates; sorted. */
    static List<String> stale(Path root, Map<String, String> expected) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path p = root.resolve(e.getKey());
            if (!Files.isRegularFile(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) out.add(e.getKey());
        }
        for (String page : pagesOnDisk(root)) if (!expected.containsKey(page)) out.add(page);
        return new ArrayList<>(out);
    }

    /** Writes every generated file and deletes pages that nothing generates any more. */
    static void write(Path root, Map<String, String> expected) throws IOException {
        for (String page : pagesOnDisk(root)) if (!expected.containsKey(page)) Files.delete(root.resolve(page));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> pagesOnDisk(Path root) throws IOException {
        Path dir = root.resolve(RuleDocs.DIRECTORY);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).map(p -> RuleDocs.DIRECTORY + "/" + p.getFileName()).sorted().toList();
        }
    }
}
