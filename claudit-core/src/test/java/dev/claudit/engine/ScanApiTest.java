package dev.claudit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's public API as an embedder uses it: the demo project scanned, judged and written without the command line. */
class ScanApiTest {

    static final Path DEMO = Path.of("testdata/demo");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    @Test
    void theDemoProjectGivesTheFindingsItsExpectedFileListsAndFails() throws Exception {
        ScanOutcome outcome = Scan.builder().paths(List.of(DEMO)).asOf(AS_OF).build().run();

        List<String> expected = Files.readAllLines(DEMO.resolve("EXPECTED")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(outcome.findings()).extracting(f -> f.location().path() + ":" + f.location().line() + " " + f.ruleId())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.failing()).allMatch(f -> f.level().atLeast(Level.WARNING));

        JsonNode sarif = new ObjectMapper().readTree(outcome.render(ReportFormat.sarif, outcome.rendering()));
        assertThat(sarif.at("/runs/0/results")).hasSize(expected.size());
        // %SRCROOT% is the git top level (this checkout), so URIs keep the testdata/demo prefix
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("testdata/demo/");
    }

    @Test
    void failOnDecidesWhatFailsAndNoneNeverDoes() {
        ScanOutcome errors = Scan.builder().paths(List.of(DEMO)).asOf(AS_OF).failOn(Level.ERROR).build().run();
        assertThat(errors.failing()).isNotEmpty().allMatch(f -> f.level() == Level.ERROR);
        assertThat(errors.failing().size()).isLessThan(errors.findings().size());

        ScanOutcome none = Scan.builder().paths(List.of(DEMO)).asOf(AS_OF).failOn(Level.NONE).build().run();
        assertThat(none.findings()).isNotEmpty();
        assertThat(none.failed()).isFalse();
    }

    @Test
    void aBaselineOfEveryFindingHidesThemAll() {
        ScanOutcome first = Scan.builder().paths(List.of(DEMO)).asOf(AS_OF).build().run();
        ScanOutcome again = Scan.builder().paths(List.of(DEMO)).asOf(AS_OF).baseline(first.baselineOfAll()).build().run();
        assertThat(again.findings()).isEmpty();
        assertThat(again.result().suppressed()).hasSize(first.findings().size());
        assertThat(again.failed()).isFalse();
    }

    @Test
    void aRepositoryConfigCannotLetItsOwnKeyPass(@TempDir Path project) throws Exception {
        String key = FakeCredentials.apiKey();
        Files.writeString(project.resolve("app.env"), "ANTHROPIC_API_KEY=" + key + "\n");
        Files.writeString(project.resolve(".claudit.yml"), "rules:\n  hardcoded-credential: off\nfail-on: none\n");

        ScanOutcome outcome = Scan.builder().workingDirectory(project).paths(List.of(project)).asOf(AS_OF).build().run();
        assertThat(outcome.configShown()).isEqualTo(".claudit.yml");
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("hardcoded-credential");
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.notices()).anySatisfy(n -> assertThat(n.message()).contains("cannot turn off or lower the credential rule"));
        // what is written never holds the key
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(outcome.render(format, outcome.rendering())).as(format.id()).doesNotContain(FakeCredentials.hiddenPart(key));
        }

        ScanOutcome allowed = Scan.builder().workingDirectory(project).paths(List.of(project)).asOf(AS_OF)
                .allowConfigDisable(true).build().run();
        assertThat(allowed.findings()).isEmpty();
        assertThat(allowed.failed()).isFalse();
    }

    @Test
    void settingsThatAreWrongSaySoInOneMessage(@TempDir Path project) throws Exception {
        assertThatThrownBy(() -> Scan.builder().paths(List.of(project)).configFile(project.resolve("missing.yml"), "config")
                .build().run()).isInstanceOf(SettingsException.class).hasMessage("config: no such file: " + project.resolve("missing.yml"));
        Files.writeString(project.resolve(".claudit.yml"), "rule:\n  x: off\n");
        assertThatThrownBy(() -> Scan.builder().workingDirectory(project).paths(List.of(project)).build().run())
                .isInstanceOf(SettingsException.class).hasMessageStartingWith(".claudit.yml:1: ");
        assertThatThrownBy(() -> Scan.readBaseline(project.resolve("none.json"), "baseline"))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("baseline: no such file: ");
    }
}
