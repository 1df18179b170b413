package dev.claudit.engine;

import dev.claudit.facts.Abandoned;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Project;
import dev.claudit.facts.Value;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Detector;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A chain of constants where each repeats the previous one several times folds to an exponentially long text (an
 * 800-byte file ran for minutes, a 1.8 KB one ran out of memory and lost every finding): each constant is resolved
 * once, folded text is cut at 64 KiB with one notice, and work the scan gave up on stops at its next check.
 */
class ConstantFoldingBombTest {

    @TempDir
    Path dir;

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    private ScanResult scan(Pipeline pipeline) throws Exception {
        return pipeline.scan(new DirectoryWalker(false).walk(dir, List.of(dir)),
                new Pipeline.Options(AS_OF, Set.of(), Set.of(), Set.of(), Map.of(), 2), "test");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void constantsThatEachRepeatThePreviousEightTimesAreFoldedOnceAndCutAt64KiB() throws Exception {
        String key = FakeCredentials.apiKey();
        StringBuilder src = new StringBuilder("class Boom {\n    static final String A0 = \"anthropic\";\n");
        for (int i = 1; i <= 40; i++) {
            src.append("    static final String A").append(i).append(" = ").append(String.join(" + ", java.util.Collections.nCopies(8, "A" + (i - 1)))).append(";\n");
        }
        src.append("    static final String KEY = \"").append(key, 0, 40).append("\" + \"").append(key.substring(40)).append("\";\n");
        src.append("    String url = A40 + \"/v1/messages\";\n}\n");
        Files.writeString(dir.resolve("Boom.java"), src.toString());
        Files.writeString(dir.resolve("other.env"), "ANTHROPIC_API_KEY=" + key + "\n");

        ScanResult result = scan(new Pipeline(RuleCatalog.load(), RuleData.load()));

        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.location().path() + ":" + f.location().line())
                .contains("hardcoded-credential@Boom.java:43", "hardcoded-credential@other.env:1");
        assertThat(result.notices()).extracting(Notice::path, Notice::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Boom.java", Value.CUT_NOTICE));
    }

    @Test
    void aConcatenationOfLiteralsLongerThan64KiBIsCheckedUpToTheCapWithOneNotice() throws Exception {
        String key = FakeCredentials.apiKey();
        String piece = "\" " + "claude ".repeat(1000) + "\"";
        Files.writeString(dir.resolve("Long.java"), "class Long {\n    String s = \"" + key.substring(0, 50) + "\" + \""
                + key.substring(50) + "\" + " + String.join(" + ", java.util.Collections.nCopies(10, piece)) + ";\n}\n");

        ScanResult result = scan(new Pipeline(RuleCatalog.load(), RuleData.load()));

        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.location().path() + ":" + f.location().line())
                .containsExactly("hardcoded-credential@Long.java:2");
        assertThat(result.notices()).extracting(Notice::path, Notice::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Long.java", Value.CUT_NOTICE));
    }

    @Test
    void foldingPastTheCapKeepsTheFirst64KiBAndAnUnknownTail() {
        Location at = Location.at("A.java", 1, 1);
        Value half = new Value.Literal("x".repeat(Value.MAX_FOLDED / 2 + 1), at);
        Value folded = Value.concat(Value.concat(half, half, at), new Value.Literal("more", at), at);
        assertThat(folded.cut()).isTrue();
        assertThat(folded.knownPrefix()).hasSize(Value.MAX_FOLDED);
        assertThat(folded.knownText()).isEmpty();
        assertThat(Value.concat(new Value.Literal("a", at), new Value.Literal("b", at), at).cut()).isFalse();
    }

    @Test
    void foldingStopsOnceTheScanHasGivenUpOnItsThread() {
        Location at = Location.at("A.java", 1, 1);
        Project project = new Project(List.of(), Set.of());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Value.concat(new Value.Literal("a", at), new Value.Literal("b", at), at)).isInstanceOf(Abandoned.class);
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> project.resolve(new Value.Symbol("X", "A", at))).isInstanceOf(Abandoned.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void rulesThatRunPastTheBudgetOnAFileAreStoppedAndTheScanGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        Files.writeString(dir.resolve("b.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        RuleCatalog catalog = RuleCatalog.load();
        Detector endless = new Detector() {
            @Override
            public String ruleId() {
                return "key-logged";
            }

            @Override
            public void detect(FileFacts file, dev.claudit.rules.ScanContext context, Reporter out) {
                if (!file.path().equals("a.env")) return;
                Value v = new Value.Literal("x", Location.at(file.path(), 1, 1));
                while (true) context.project().resolve(v); // folding checks whether the scan gave up
            }
        };
        List<Detector> detectors = new ArrayList<>(catalog.detectors());
        detectors.removeIf(d -> d.ruleId().equals("key-logged"));
        detectors.add(0, endless);
        ScanResult result = scan(new Pipeline(catalog, RuleData.load(), detectors, Duration.ofMillis(300)));

        assertThat(result.notices()).extracting(Notice::path, Notice::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.env",
                        "rules did not finish within 0.3 s on this file; what they found so far is reported"));
        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.location().path())
                .containsExactly("hardcoded-credential@b.env");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
