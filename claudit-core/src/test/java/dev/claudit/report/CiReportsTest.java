package dev.claudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.rules.Provenance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports other CI systems read: JUnit XML, GitLab's Code Quality and Secret Detection reports, GitHub annotations. */
class CiReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String key = SampleScan.fakeKey();

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = CiReportsTest.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void junitHasOneTestCasePerRuleAndOneFailurePerFindingAndValidatesAgainstJenkinsSchema() throws Exception {
        String xml = new JunitReport().render(SampleScan.busy(key));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/schema/junit-jenkins.xsd")))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).doesNotContain(key);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
        Map<String, Integer> failures = new LinkedHashMap<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            failures.put(c.getAttribute("classname"), c.getElementsByTagName("failure").getLength());
        }
        assertThat(failures).containsExactly(Map.entry("claudit.hardcoded-credential", 1), Map.entry("claudit.invalid-version-header", 1),
                Map.entry("claudit.wrong-host", 1), Map.entry("claudit.key-whitespace", 1));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).startsWith("src/main/java/App.java:7:22: Hardcoded Anthropic API key sk-ant-api03-…");
        assertThat(doc.getElementsByTagName("system-err").item(0).getTextContent()).contains("broken.yml: warning:");
    }

    @Test
    void junitOfACleanScanHasPassingTestCases() throws Exception {
        String xml = new JunitReport().render(SampleScan.clean());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void junitWritesControlCharactersInPathsAsQuestionMarks() throws Exception {
        Finding odd = SampleScan.wrongHost("dir/a\u0001b.yml", 1, 1);
        String xml = new JunitReport().render(SampleScan.scan(List.of(odd), List.of(), List.of()));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml).contains("dir/a?b.yml:1:1");
    }

    @Test
    void gitlabCodeQualityHasEveryFindingAndValidates() throws Exception {
        String report = new GitLabReport(GitLabReport.Kind.CODE_QUALITY, Instant.parse("2026-12-01T10:00:00Z")).render(SampleScan.busy(key));
        JsonNode doc = JSON.readTree(report);
        assertThat(schema("gitlab-code-quality.json").validate(doc)).isEmpty();
        assertThat(report).doesNotContain(key);
        List<String> issues = new ArrayList<>();
        for (JsonNode i : doc) issues.add(i.get("check_name").asText() + " " + i.get("severity").asText() + " "
                + i.get("location").get("path").asText() + ":" + i.get("location").get("lines").get("begin").asInt());
        assertThat(issues).containsExactly("key-whitespace major .env:2", "wrong-host critical config/My Dir/ünïcode file.yml:3",
                "hardcoded-credential critical src/main/java/App.java:7", "invalid-version-header major src/main/java/Client.java:12");
    }

    @Test
    void gitlabFingerprintsAreUniqueWhenAFileHasTheSameFindingTwice() throws Exception {
        Finding a = SampleScan.wrongHost("a.yml", 1, 1);
        Finding b = SampleScan.wrongHost("a.yml", 5, 1);
        JsonNode doc = JSON.readTree(new GitLabReport(GitLabReport.Kind.CODE_QUALITY, Instant.EPOCH)
                .render(SampleScan.scan(List.of(a, b), List.of(), List.of())));
        assertThat(doc.get(0).get("fingerprint").asText()).isNotEqualTo(doc.get(1).get("fingerprint").asText());
    }

    @Test
    void gitlabSecretDetectionHasTheCredentialsOnlyWithTheirCommitAndValidates() throws Exception {
        Finding plain = SampleScan.credential(key, "src/main/java/App.java", 7, 22);
        Finding historic = new Finding(plain.ruleId(), plain.level(), Location.span("old/.env", 1, 19, key.length()), plain.message(),
                plain.matchedText(), key, new Provenance("0123456789abcdef0123456789abcdef01234567", "2026-01-02T03:04:05+00:00", null, false));
        Finding host = SampleScan.wrongHost("a.yml", 1, 1);
        String report = new GitLabReport(GitLabReport.Kind.SECRET_DETECTION, Instant.parse("2026-12-01T10:00:00.123Z"))
                .render(SampleScan.scan(List.of(plain, historic, host), List.of(), List.of(new Notice("x", Notice.Level.NOTE, "n"))));
        JsonNode doc = JSON.readTree(report);
        assertThat(schema("gitlab-secret-detection.json").validate(doc)).isEmpty();
        assertThat(report).doesNotContain(key);
        JsonNode v = doc.get("vulnerabilities");
        assertThat(v).hasSize(2);
        assertThat(v.get(0).get("location").get("file").asText()).isEqualTo("old/.env");
        assertThat(v.get(0).get("location").get("commit").get("sha").asText()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(v.get(1).get("location").get("commit").get("sha").asText()).isEqualTo("0000000");
        assertThat(v.get(1).get("severity").asText()).isEqualTo("Critical");
        assertThat(v.get(1).get("identifiers").get(0).get("value").asText()).isEqualTo("hardcoded-credential");
        assertThat(v.get(0).get("id").asText()).isNotEqualTo(v.get(1).get("id").asText());
        assertThat(doc.get("scan").get("start_time").asText()).isEqualTo("2026-12-01T10:00:00");
    }

    /** What the Actions runner does with a workflow-command line (its ActionCommand parser): command, properties, message. */
    record Command(String name, Map<String, String> properties, String message) {
        static Command parse(String line) {
            assertThat(line).startsWith("::");
            int end = line.indexOf("::", 2);
            assertThat(end).as("no second :: in %s", line).isPositive();
            String head = line.substring(2, end);
            String message = unescape(line.substring(end + 2), false);
            int space = head.indexOf(' ');
            Map<String, String> props = new LinkedHashMap<>();
            if (space > 0) {
                for (String p : head.substring(space + 1).split(",")) {
                    int eq = p.indexOf('=');
                    assertThat(eq).as("property %s", p).isPositive();
                    props.put(p.substring(0, eq), unescape(p.substring(eq + 1), true));
                }
            }
            return new Command(space > 0 ? head.substring(0, space) : head, props, message);
        }

        static String unescape(String s, boolean property) {
            String out = s.replace("%0D", "\r").replace("%0A", "\n");
            if (property) out = out.replace("%3A", ":").replace("%2C", ",");
            return out.replace("%25", "%");
        }
    }

    @Test
    void githubAnnotationsRoundTripThroughTheRunnersParser() {
        Finding tricky = new Finding("wrong-host", Level.WARNING, Location.span("dir,with:odd%chars/a.yml", 3, 5, 10),
                "line one\nline two, 100% wrong: api.anthropic.ai\r", "api.anthropic.ai", null);
        Finding cred = SampleScan.credential(key, "src/main/java/App.java", 7, 22);
        String out = new GithubAnnotations().render(SampleScan.scan(List.of(tricky, cred), List.of(),
                List.of(new Notice("big.bin", Notice.Level.NOTE, "skipped: binary file"))));
        assertThat(out).doesNotContain(key);
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(3);
        Command first = Command.parse(lines[0]);
        assertThat(first.name()).isEqualTo("warning");
        assertThat(first.properties()).containsEntry("file", "dir,with:odd%chars/a.yml").containsEntry("line", "3")
                .containsEntry("col", "5").containsEntry("endColumn", "14").containsEntry("title", "claudit wrong-host: WrongHost");
        assertThat(first.message()).isEqualTo("line one\nline two, 100% wrong: api.anthropic.ai\r");
        Command credential = Command.parse(lines[1]);
        assertThat(credential.name()).isEqualTo("error");
        assertThat(credential.properties()).containsEntry("file", "src/main/java/App.java").containsEntry("line", "7");
        Command notice = Command.parse(lines[2]);
        assertThat(notice.name()).isEqualTo("notice");
        assertThat(notice.properties()).containsOnlyKeys("file");
        assertThat(notice.message()).isEqualTo("claudit: note: skipped: binary file");
    }
}
