package dev.claudit.cli;

import dev.claudit.engine.Pipeline;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Notice;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Detector;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.testkit.FakeCredentials;
import dev.claudit.workspace.DirectoryWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside one detector on one file is a notice and the scan goes on; only a failure of the tool as a whole
 * (or bad usage) ends the run, with exit 3 (or 2) and one line on stderr that never quotes a file.
 */
class ContainedFailureTest {

    @TempDir
    Path dir;

    /** claudit's own exception type: its message is shown by --debug, masked. */
    static final class DetectorBug extends RuntimeException {
        DetectorBug(String message) {
            super(message);
        }
    }

    /** A detector for a real rule id that blows up on the files it is told to. */
    record Exploding(String ruleId, Map<String, Throwable> failures) implements Detector {
        @Override
        public void detect(FileFacts file, ScanContext context, Reporter out) {
            Throwable t = failures.get(file.path());
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
        }
    }

    @Test
    void aDetectorFailingOnOneFileIsOneNoticeAndEveryOtherFindingIsReported() throws Exception {
        String k1 = FakeCredentials.apiKey();
        String k2 = FakeCredentials.apiKey();
        String k3 = FakeCredentials.apiKey();
        Files.writeString(dir.resolve("a.env"), "ANTHROPIC_API_KEY=" + k1 + "\n");
        Files.writeString(dir.resolve("b.yml"), "anthropic:\n  api-key: " + k2 + "\n  base-url: https://api.anthropic.ai\n");
        Files.writeString(dir.resolve("C.java"), "class C { String k = \"" + k3 + "\"; }\n");
        RuleCatalog catalog = RuleCatalog.load();
        List<Detector> detectors = new ArrayList<>(catalog.detectors());
        detectors.add(new Exploding("missing-version-header", Map.of(
                "b.yml", new DetectorBug("cannot handle " + k2),
                "C.java", new IllegalStateException("near " + FakeCredentials.hiddenPart(k3)),
                "a.env", new StackOverflowError())));

        ScanResult result = new Pipeline(catalog, RuleData.load(), detectors)
                .scan(new DirectoryWalker(false).walk(dir, List.of(dir)), Pipeline.Options.defaults(LocalDate.of(2026, 11, 29)), "test");

        assertThat(result.findings()).extracting(f -> f.location().path() + ":" + f.location().line() + " " + f.ruleId())
                .containsExactly("C.java:1 hardcoded-credential", "a.env:1 hardcoded-credential",
                        "b.yml:2 hardcoded-credential", "b.yml:3 wrong-host");
        Map<String, String> notices = new TreeMap<>();
        for (Notice n : result.notices()) notices.put(n.path(), n.message());
        assertThat(notices).containsExactly(
                Map.entry("C.java", "rule missing-version-header failed on this file (IllegalStateException); other rules still ran"),
                Map.entry("a.env", "rule missing-version-header failed on this file (StackOverflowError); other rules still ran"),
                Map.entry("b.yml", "rule missing-version-header failed on this file (DetectorBug); other rules still ran"));
        assertThat(result.notices()).allMatch(n -> n.cause() != null);

        // --debug shows the traces: claudit's own message masked, a foreign one withheld, no key either way
        StringWriter trace = new StringWriter();
        List<String> secrets = result.findings().stream().map(f -> f.secret()).toList();
        for (Notice n : result.notices()) DebugTrace.print(n.cause(), secrets, new PrintWriter(trace));
        assertThat(trace.toString())
                .contains("DetectorBug: cannot handle sk-ant-api03-…" + k2.substring(k2.length() - 4))
                .contains("java.lang.IllegalStateException (message withheld: it may quote the scanned file)")
                .contains("java.lang.StackOverflowError", "\tat ");
        for (String k : List.of(k1, k2, k3)) assertThat(trace.toString()).doesNotContain(FakeCredentials.hiddenPart(k));
    }

    @Test
    void aFailureOfTheWholeToolExitsThreeWithOneLine() {
        String key = FakeCredentials.apiKey();
        StringWriter err = new StringWriter();
        CommandLine scan = new CommandLine(new ScanCommand()).setErr(new PrintWriter(err));

        int exit = Main.failed(new Pipeline.ScanAborted("extraction failed: OutOfMemoryError", new OutOfMemoryError()), scan);
        assertThat(exit).isEqualTo(Main.INTERNAL);
        assertThat(err.toString()).isEqualTo("claudit: internal error: dev.claudit.engine.Pipeline$ScanAborted: "
                + "extraction failed: OutOfMemoryError" + System.lineSeparator());

        err.getBuffer().setLength(0);
        assertThat(Main.failed(new OutOfMemoryError("Java heap space"), scan)).isEqualTo(Main.INTERNAL);
        assertThat(err.toString().strip()).isEqualTo("claudit: internal error: java.lang.OutOfMemoryError: Java heap space");

        err.getBuffer().setLength(0);
        // a parser's exception escaping by mistake: its message could quote the file, so it is not shown
        exit = Main.failed(new org.yaml.snakeyaml.error.YAMLException("near " + key), scan);
        assertThat(exit).isEqualTo(Main.INTERNAL);
        assertThat(err.toString()).contains("YAMLException (message withheld").doesNotContain(FakeCredentials.hiddenPart(key));
        assertThat(err.toString().lines()).hasSize(1);

        err.getBuffer().setLength(0);
        assertThat(Main.failed(new Main.UsageException("--output " + key + " is a directory"), scan)).isEqualTo(Main.USAGE);
        assertThat(err.toString()).doesNotContain(FakeCredentials.hiddenPart(key)).contains("sk-ant-api03-…");
    }

    @Test
    void aKeyPassedAsABadOptionValueIsMaskedInTheUsageError() {
        String key = FakeCredentials.apiKey();
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", "--format", key);
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).doesNotContain(FakeCredentials.hiddenPart(key)).contains("sk-ant-api03-…");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
