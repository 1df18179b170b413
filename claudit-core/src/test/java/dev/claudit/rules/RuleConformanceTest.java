package dev.claudit.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.claudit.facts.FileFacts;
import dev.claudit.testkit.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build fails when the catalogue is not whole (see {@link RuleConformance}); each check is shown failing on a
 * catalogue broken in that one way, so that none of them passes by checking nothing.
 */
class RuleConformanceTest {

    @Test
    void theRuleFilesAndDetectorsConform() throws IOException {
        assertThat(RuleConformance.check(ruleFiles(RepositoryRoot.find().resolve("rules")), detectorClasses(), RuleCatalog.discover()))
                .as("rules/*.yml against the detectors").isEmpty();
    }

    @Test
    void theCatalogueIsEveryRuleFileInItsOrder() throws IOException {
        List<String> ids = RuleCatalog.load().rules().stream().map(RuleMeta::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(ruleFiles(RepositoryRoot.find().resolve("rules")).keySet().stream()
                .map(n -> n.substring(0, n.length() - ".yml".length())).toList());
        assertThat(ids).containsExactlyInAnyOrderElementsOf(RuleCatalog.ids());
        // the order SARIF ruleIndex and 'claudit rules' have always had (design.md's catalogue table)
        assertThat(ids).containsExactly("hardcoded-credential", "frontend-exposed-key", "bearer-instead-of-x-api-key",
                "missing-api-key-header", "missing-version-header", "invalid-version-header", "wrong-host", "insecure-transport",
                "malformed-endpoint-path", "key-whitespace", "key-logged", "retired-model", "invalid-model-id");
    }

    @Test
    void scanningForDetectorsFindsThem() {
        assertThat(detectorClasses()).hasSameSizeAs(RuleCatalog.discover()).hasSizeGreaterThan(10);
    }

    // --- each check, failing ---

    @Test
    void aWholeCatalogueHasNoProblem() {
        assertThat(check(Map.of("alpha.yml", ALPHA, "beta.yml", BETA), List.of(Alpha.class, Beta.class), List.of(new Alpha(), new Beta())))
                .isEmpty();
    }

    @Test
    void aRuleFileWithoutADetector() {
        assertThat(check(Map.of("alpha.yml", ALPHA, "beta.yml", BETA), List.of(Alpha.class), List.of(new Alpha())))
                .containsExactly("beta.yml: rule 'beta' has no detector (a Detector whose ruleId() is 'beta', listed in "
                        + "META-INF/services/dev.claudit.rules.Detector)");
    }

    @Test
    void aDetectorWithoutARuleFile() {
        assertThat(check(Map.of("alpha.yml", ALPHA), List.of(Alpha.class, Beta.class), List.of(new Alpha(), new Beta())))
                .containsExactly(Beta.class.getName() + ": detector of rule 'beta' has no rules/beta.yml");
    }

    @Test
    void aDetectorNotRegisteredForTheServiceLoader() {
        assertThat(check(Map.of("alpha.yml", ALPHA, "beta.yml", BETA), List.of(Alpha.class, Beta.class), List.of(new Alpha())))
                .contains(Beta.class.getName() + ": a detector not registered: add its name to "
                        + "src/main/resources/META-INF/services/dev.claudit.rules.Detector");
    }

    @Test
    void twoDetectorsForOneId() {
        assertThat(check(Map.of("alpha.yml", ALPHA), List.of(Alpha.class, AlphaTwin.class), List.of(new Alpha(), new AlphaTwin())))
                .containsExactly("duplicate id 'alpha': detectors " + Alpha.class.getName() + " and " + AlphaTwin.class.getName());
    }

    @Test
    void twoRuleFilesWithOneId() {
        assertThat(check(Map.of("alpha.yml", ALPHA, "beta.yml", BETA.replace("id: beta", "id: alpha").replace("expect: beta", "expect: alpha")
                        .replace("order: 20", "order: 30")), List.of(Alpha.class), List.of(new Alpha())))
                .containsExactly("beta.yml: id 'alpha' does not match the file name (rules/alpha.yml)",
                        "beta.yml: duplicate id 'alpha', also in alpha.yml");
    }

    @Test
    void anIdThatIsNotItsFileName() {
        assertThat(check(Map.of("alfa.yml", ALPHA), List.of(Alpha.class), List.of(new Alpha())))
                .containsExactly("alfa.yml: id 'alpha' does not match the file name (rules/alpha.yml)");
    }

    @Test
    void aRuleWithoutAFailingExample() {
        assertThat(alpha(y -> y.replace("// expect: alpha", "")))
                .containsExactly("alpha.yml: no failing example (one with a line marked 'expect: alpha')");
    }

    @Test
    void aRuleWithoutAPassingExample() {
        assertThat(alpha(y -> y.replace("ok = 1;", "ok = 1; // expect: alpha")))
                .containsExactly("alpha.yml: no passing example (one without any line marked 'expect: alpha')");
    }

    @Test
    void aFailingExampleIsOneMarkedForThisRuleWhateverElseTheMarkerSays() {
        assertThat(example("x // expect: beta, alpha \"a fragment\"\n").reports("alpha")).isTrue();
        assertThat(example("x // expect: beta \"alpha\"\n").reports("alpha")).isFalse();
        assertThat(example("x // expect: alphabet\ny // alpha\n").reports("alpha")).isFalse();
    }

    @Test
    void anUnknownLevel() {
        assertThat(alpha(y -> y.replace("level: error", "level: fatal")))
                .containsExactly("alpha.yml: unknown level 'fatal' (known: [error, note, warning])");
        assertThat(alpha(y -> y.replace("level: error", "level: none"))).hasSize(1);
    }

    @Test
    void anUnknownSecuritySeverity() {
        assertThat(alpha(y -> y.replace("\"7.5\"", "high")))
                .containsExactly("alpha.yml: unknown security-severity 'high' (a quoted number from \"0.1\" to \"10.0\")");
        assertThat(alpha(y -> y.replace("\"7.5\"", "\"11.0\""))).hasSize(1);
        assertThat(alpha(y -> y.replace("\"7.5\"", "7.5"))).as("a number, not the string SARIF wants").hasSize(1);
    }

    @Test
    void anUnknownPrecision() {
        assertThat(alpha(y -> y.replace("precision: high", "precision: great")))
                .containsExactly("alpha.yml: unknown precision 'great' (known: [high, low, medium, very-high])");
    }

    @Test
    void anUnknownTag() {
        assertThat(alpha(y -> y.replace("tags: [security", "tags: [secruity")))
                .containsExactly("alpha.yml: unknown tag 'secruity' (known: [authentication, correctness, frontend, maintainability, "
                        + "secrets, security] and external/cwe/cwe-N)",
                        "alpha.yml: a security-severity without the tag 'security'");
        assertThat(alpha(y -> y.replace("external/cwe/cwe-923", "cwe-923"))).hasSize(1);
    }

    @Test
    void moreThanTenTags() {
        assertThat(alpha(y -> y.replace("external/cwe/cwe-923", String.join(", ", Stream.iterate(1, i -> i + 1).limit(10)
                .map(i -> "external/cwe/cwe-" + i).toList()))))
                .containsExactly("alpha.yml: 11 tags, more than 10");
    }

    @Test
    void theSecurityTagGoesWithASecuritySeverity() {
        assertThat(alpha(y -> y.replace("security-severity: \"7.5\"\n", "")))
                .containsExactly("alpha.yml: the tag 'security' without a security-severity");
    }

    @Test
    void anUnknownField() {
        assertThat(alpha(y -> y.replace("summary:", "sumary:")))
                .containsExactly("alpha.yml: unknown field 'sumary' (known: " + new java.util.TreeSet<>(RuleConformance.FIELDS) + ")",
                        "alpha.yml: missing field 'summary'");
    }

    @Test
    void anUnknownFieldOfAnExample() {
        assertThat(alpha(y -> y.replace("    files:\n      ok.java", "    asof: 2026-01-01\n    files:\n      ok.java")))
                .containsExactly("alpha.yml: example 'ok, clean': unknown field 'asof' (known: [as-of, files, title])");
    }

    @Test
    void aFieldWrittenTwice() {
        assertThat(alpha(y -> y.replace("level: error\n", "level: error\nlevel: warning\n")))
                .singleElement().asString().startsWith("alpha.yml: not valid YAML: ").contains("duplicate key level");
    }

    @Test
    void theOldSingleMessageIsAnUnknownField() {
        assertThat(alpha(y -> y.replace("messages:\n  default:", "message:")))
                .containsExactly("alpha.yml: unknown field 'message' (known: " + new java.util.TreeSet<>(RuleConformance.FIELDS) + ")",
                        "alpha.yml: missing field 'messages'");
    }

    @Test
    void aMissingField() {
        assertThat(alpha(y -> y.replace("help: Fix it.\n", ""))).containsExactly("alpha.yml: missing field 'help'");
    }

    @Test
    void anOrderThatIsNotANumberOrIsTaken() {
        assertThat(alpha(y -> y.replace("order: 10", "order: first"))).containsExactly("alpha.yml: order 'first' is not a whole number");
        assertThat(alpha(y -> y.replace("order: 10\n", ""))).containsExactly("alpha.yml: missing field 'order'");
        assertThat(check(Map.of("alpha.yml", ALPHA, "beta.yml", BETA.replace("order: 20", "order: 10")),
                List.of(Alpha.class, Beta.class), List.of(new Alpha(), new Beta())))
                .containsExactly("beta.yml: duplicate order 10, also in alpha.yml (each rule has its own place)");
    }

    @Test
    void aNameThatIsNotPascalCase() {
        assertThat(alpha(y -> y.replace("name: AlphaRule", "name: alpha-rule"))).containsExactly("alpha.yml: name 'alpha-rule' is not PascalCase");
    }

    @Test
    void aFileThatIsNotYaml() {
        assertThat(check(Map.of("alpha.yml", ALPHA, "beta.yml", "- just\n- a list\n"), List.of(Alpha.class), List.of(new Alpha())))
                .containsExactly("beta.yml: not a YAML mapping of fields");
    }

    // --- a small catalogue to break ---

    static final String ALPHA = """
            id: alpha
            order: 10
            name: AlphaRule
            level: error
            security-severity: "7.5"
            precision: high
            tags: [security, external/cwe/cwe-923]
            summary: One sentence.
            description: A paragraph.
            messages:
              default: "`{thing}` is wrong"
            help: Fix it.
            examples:
              - title: "fail, bad"
                files:
                  bad.java: |
                    int bad = 1; // expect: alpha
              - title: "ok, clean"
                files:
                  ok.java: |
                    int ok = 1;
            """;
    static final String BETA = """
            id: beta
            order: 20
            name: BetaRule
            level: warning
            precision: medium
            tags: [correctness]
            summary: One sentence.
            description: A paragraph.
            messages:
              default: wrong
            help: Fix it.
            examples:
              - title: "fail, bad"
                as-of: 2026-01-01
                files:
                  bad.env: |
                    X=1 # expect: beta
              - title: "ok, clean"
                files:
                  ok.env: |
                    X=2
            """;

    private static RuleMeta.Example example(String content) {
        return new RuleMeta.Example("t", Map.of("a.java", content), null);
    }

    private static List<String> alpha(UnaryOperator<String> edit) {
        return check(Map.of("alpha.yml", edit.apply(ALPHA)), List.of(Alpha.class), List.of(new Alpha()));
    }

    private static List<String> check(Map<String, String> files, List<Class<?>> classes, List<Detector> loaded) {
        return RuleConformance.check(files, classes, loaded);
    }

    abstract static class Fake implements Detector {
        @Override
        public void detect(FileFacts file, ScanContext context, Reporter out) {
        }
    }

    static final class Alpha extends Fake {
        @Override
        public String ruleId() {
            return "alpha";
        }
    }

    static final class AlphaTwin extends Fake {
        @Override
        public String ruleId() {
            return "alpha";
        }
    }

    static final class Beta extends Fake {
        @Override
        public String ruleId() {
            return "beta";
        }
    }

    // --- the real catalogue ---

    /** Every {@code *.yml} directly in {@code dir} (not {@code rules/data/}), by file name. */
    static Map<String, String> ruleFiles(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Every concrete class of claudit's own code that implements {@link Detector}, found by reading the compiled classes. */
    static Collection<Class<?>> detectorClasses() {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.claudit")) {
            if (c.isAssignableTo(Detector.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                out.add(c.reflect());
            }
        }
        return out;
    }
}
