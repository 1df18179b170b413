package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Redactor;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TextReportTest {

    private final String key = SampleScan.fakeKey();
    private final Map<String, String> files = new HashMap<>();
    private final SourceLines sources = (path, line) -> {
        String text = files.get(path);
        if (text == null) return Optional.empty();
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? Optional.of(lines[line - 1]) : Optional.empty();
    };

    private record Output(String out, String err) {
    }

    private Output render(ScanResult scan, boolean colour) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new TextReport(sources, colour).write(scan, out, err);
        return new Output(out.toString(), err.toString());
    }

    private static ScanResult scanOf(Finding... findings) {
        return SampleScan.scan(List.of(findings), List.of(), List.of());
    }

    @Test
    void compilerStyleBlockWithMaskedSourceAndCaret() throws IOException {
        String source = "    private static final String KEY = \"" + key + "\";";
        files.put("src/App.java", "class App {\n" + source + "\n}\n");
        int column = source.indexOf(key) + 1;
        Finding f = SampleScan.credential(key, "src/App.java", 2, column);

        String[] lines = render(scanOf(f), false).out().split("\n");

        String masked = Redactor.redact(key);
        assertThat(lines[0]).isEqualTo("src/App.java:2:" + column + ": error: Hardcoded Anthropic API key " + masked
                + " [hardcoded-credential]");
        assertThat(lines[1]).isEqualTo("    2 |     private static final String KEY = \"" + masked + "\";");
        int caretAt = lines[1].indexOf(masked);
        assertThat(lines[2]).isEqualTo("      | " + " ".repeat(caretAt - "    2 | ".length()) + "^"
                + "~".repeat(masked.length() - 1));
    }

    @Test
    void caretStaysUnderTheFindingWhenAnEarlierCredentialIsMasked() throws IOException {
        String source = "k = \"" + key + "\"; model = \"claude-3.5-sonnet\"";
        files.put("a.py", source);
        int column = source.indexOf("claude") + 1;
        Finding f = new Finding("invalid-model-id", Level.WARNING, Location.span("a.py", 1, column, 17),
                "claude-3.5-sonnet is not a valid model id", "claude-3.5-sonnet", null);

        String[] lines = render(scanOf(f), false).out().split("\n");

        assertThat(lines[1]).doesNotContain(key).contains(Redactor.redact(key));
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf("claude"));
        assertThat(lines[2].substring(lines[2].indexOf('^'))).isEqualTo("^" + "~".repeat(16));
    }

    @Test
    void theFindingsExactSecretIsMaskedEvenWhenItIsNotSkAntShaped() throws IOException {
        String secret = "q8Zr2vLx0pTn4Wc7Ys1Ke";
        files.put("app.env", "TOKEN=" + secret);
        Finding f = new Finding("hardcoded-credential", Level.ERROR, Location.span("app.env", 1, 7, secret.length()),
                "token " + secret, "token", secret);

        Output o = render(scanOf(f), false);

        assertThat(o.out()).doesNotContain(secret).contains("TOKEN=" + Redactor.redact(secret));
    }

    @Test
    void tabsInTheSourceAreKeptInTheCaretLine() throws IOException {
        files.put("t.yml", "\t\tbase-url: api.anthropic.ai");
        Finding f = SampleScan.wrongHost("t.yml", 1, 13);

        String[] lines = render(scanOf(f), false).out().split("\n");

        assertThat(lines[2]).startsWith("      | \t\t" + " ".repeat(10) + "^");
    }

    @Test
    void controlCharactersFromTheFileCannotReachTheTerminal() throws IOException {
        files.put("x.js", "fetch('http://api.anthropic.ai') // \u001b[2J\u0007");
        Finding f = SampleScan.wrongHost("x.js", 1, 15);

        Output o = render(scanOf(f), false);

        assertThat(o.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("// ?[2J?");
    }

    @Test
    void longLinesShowAWindowAroundTheFinding() throws IOException {
        String source = "a".repeat(299) + "api.anthropic.ai" + "b".repeat(300);
        files.put("bundle.min.js", source);
        Finding f = SampleScan.wrongHost("bundle.min.js", 1, 300);

        String[] lines = render(scanOf(f), false).out().split("\n");

        assertThat(lines[1].length()).isLessThan(200);
        assertThat(lines[1]).contains("…").contains("api.anthropic.ai");
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf("api.anthropic.ai"));
    }

    @Test
    void withoutSourceOnlyTheHeaderLineIsPrinted() throws IOException {
        Output o = render(scanOf(SampleScan.wrongHost("gone.yml", 3, 10)), false);
        assertThat(o.out()).isEqualTo("gone.yml:3:10: error: api.anthropic.ai is not the Anthropic API host [wrong-host]\n"
                + "\n1 error in 12 files, 0.21 s\n");
    }

    @Test
    void summaryCountsLevelsAndSuppressed() throws IOException {
        Finding e1 = SampleScan.wrongHost("a.yml", 1, 1);
        Finding e2 = SampleScan.wrongHost("b.yml", 1, 1);
        Finding e3 = SampleScan.wrongHost("c.yml", 1, 1);
        Finding w = SampleScan.whitespace(".env", 1);
        ScanResult scan = new ScanResult(SampleScan.RULES, List.of(e1, e2, e3, w),
                List.of(new ScanResult.Suppressed(e1, "inSource", null), new ScanResult.Suppressed(e2, "external", null)),
                List.of(), 12, 210, "0.1.0");

        String out = new TextReport(SourceLines.none(), false).summary(scan);

        assertThat(out).isEqualTo("3 errors, 1 warning (2 suppressed) in 12 files, 0.21 s");
    }

    @Test
    void cleanSummary() throws IOException {
        ScanResult clean = new ScanResult(SampleScan.RULES, List.of(), List.of(), List.of(), 12, 50, "0.1.0");
        assertThat(render(clean, false).out()).isEqualTo("no findings in 12 files, 0.05 s\n");
        ScanResult one = new ScanResult(SampleScan.RULES, List.of(), List.of(), List.of(), 1, 4, "0.1.0");
        assertThat(render(one, false).out()).isEqualTo("no findings in 1 file, 0.00 s\n");
    }

    @Test
    void noticesGoToTheErrorWriter() throws IOException {
        ScanResult scan = SampleScan.scan(List.of(), List.of(),
                List.of(new Notice("broken.yml", Notice.Level.WARNING, "could not parse YAML; scanned lexically"),
                        new Notice("big.bin", Notice.Level.NOTE, "skipped: binary file")));

        Output o = render(scan, false);

        assertThat(o.err()).isEqualTo("broken.yml: warning: could not parse YAML; scanned lexically\n"
                + "big.bin: note: skipped: binary file\n");
        assertThat(o.out()).doesNotContain("broken.yml");
    }

    @Test
    void colourOnlyWhenAskedFor() throws IOException {
        ScanResult scan = SampleScan.busy(key);
        assertThat(render(scan, false).out()).doesNotContain("\u001b[");
        assertThat(render(scan, false).err()).doesNotContain("\u001b[");
        assertThat(render(scan, true).out()).contains("\u001b[1;31merror\u001b[0m");
    }

    @Test
    void gutterAndSecondsAreWhatFormatWouldWrite() {
        for (int line : new int[] {1, 9, 42, 999, 12345, 123456, Integer.MAX_VALUE}) {
            assertThat(TextReport.padLeft(Integer.toString(line), 5) + " | ").isEqualTo(String.format(java.util.Locale.ROOT, "%5d | ", line));
        }
        for (long millis = 0; millis <= 200_000; millis++) {
            assertThat(TextReport.seconds(millis)).as("%d ms", millis).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0));
        }
    }
}
