package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.rules.RuleMeta;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: the scan sorted findings by path, line, column, rule and message, the reports by path, line, column,
 * rule, end and message, so two findings that differ only in their end came out of the scan in one order and of a
 * report in the other. Every format now lists findings, shown and suppressed, in {@link FindingOrder#ORDER}.
 */
class FindingOrderTest {

    /** Findings whose places tie in every way but one, each with a message no other finding's contains. */
    static final List<Finding> IN_ORDER = List.of(
            finding("wrong-host", ".env", 2, 1, 2, 9, "probe-dot-env"),
            finding("key-whitespace", "a.env", 2, 1, 2, 9, "probe-rule-first"),
            finding("wrong-host", "a.env", 2, 1, 2, 5, "probe-ends-sooner"),
            finding("wrong-host", "a.env", 2, 1, 2, 9, "probe-message-alpha"),
            finding("wrong-host", "a.env", 2, 1, 2, 9, "probe-message-beta"),
            finding("wrong-host", "a.env", 2, 7, 2, 9, "probe-column-seven"),
            finding("invalid-version-header", "a.env", 10, 1, 10, 4, "probe-line-ten"),
            finding("wrong-host", "b/a.env", 1, 1, 1, 3, "probe-subdirectory"));

    @Test
    void theOrderIsPathLineColumnRuleEndMessage() {
        List<Finding> shuffled = reversed(IN_ORDER);
        shuffled.sort(FindingOrder.ORDER);
        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void everyFormatListsFindingsInTheOneOrder() throws IOException {
        ScanResult result = SampleScan.scan(reversed(IN_ORDER), List.of(), List.of());
        List<String> messages = IN_ORDER.stream().map(Finding::message).toList();
        Map<String, Function<ScanResult, String>> formats = new java.util.LinkedHashMap<>();
        formats.put("text", FindingOrderTest::text);
        formats.put("json", new JsonReport()::render);
        formats.put("sarif", new SarifReport()::render);
        formats.put("gitlab", new GitLabReport(GitLabReport.Kind.CODE_QUALITY, Instant.EPOCH)::render);
        formats.put("github", new GithubAnnotations()::render);
        for (Map.Entry<String, Function<ScanResult, String>> format : formats.entrySet()) {
            assertThat(appearance(format.getValue().apply(result), messages)).as(format.getKey()).containsExactlyElementsOf(messages);
        }
        // JUnit writes a test case per rule, in catalogue order, and the one order inside each
        List<String> byRule = new ArrayList<>();
        for (RuleMeta rule : result.rules()) {
            IN_ORDER.stream().filter(f -> f.ruleId().equals(rule.id())).map(Finding::message).forEach(byRule::add);
        }
        assertThat(appearance(new JunitReport().render(result), messages)).as("junit").containsExactlyElementsOf(byRule);
    }

    @Test
    void suppressedFindingsAreListedInTheOneOrderToo() {
        List<ScanResult.Suppressed> suppressed = new ArrayList<>();
        for (Finding f : reversed(IN_ORDER)) suppressed.add(new ScanResult.Suppressed(f, "external", "accepted"));
        ScanResult result = SampleScan.scan(List.of(), suppressed, List.of());
        List<String> messages = IN_ORDER.stream().map(Finding::message).toList();
        assertThat(appearance(new JsonReport().render(result), messages)).as("json").containsExactlyElementsOf(messages);
        assertThat(appearance(new SarifReport(true, null).render(result), messages)).as("sarif").containsExactlyElementsOf(messages);
        ScanResult baselined = Baseline.of(IN_ORDER).apply(SampleScan.scan(reversed(IN_ORDER), List.of(), List.of()));
        assertThat(baselined.suppressed()).extracting(ScanResult.Suppressed::finding).as("baseline").containsExactlyElementsOf(IN_ORDER);
    }

    private static String text(ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            new TextReport(SourceLines.none(), false).writeFindings(result, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The messages in the order the output first shows them; each must be shown. */
    private static List<String> appearance(String output, List<String> messages) {
        for (String m : messages) assertThat(output).contains(m);
        return messages.stream().sorted(Comparator.comparingInt(output::indexOf)).toList();
    }

    private static List<Finding> reversed(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        java.util.Collections.reverse(out);
        return out;
    }

    private static Finding finding(String rule, String path, int line, int column, int endLine, int endColumn, String message) {
        return new Finding(rule, Level.WARNING, new Location(path, line, column, endLine, endColumn), message, message, null);
    }
}
