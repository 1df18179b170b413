package dev.claudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.rules.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    private final String key = SampleScan.fakeKey();

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void documentShape() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(new JsonReport().render(SampleScan.busy(key)));

        assertThat(fieldNames(doc)).containsExactly("version", "findings", "suppressed", "notices", "summary");
        assertThat(doc.path("version").asText()).isEqualTo("0.1.0");
        assertThat(doc.path("findings")).hasSize(4);
        JsonNode first = doc.path("findings").get(0);
        assertThat(fieldNames(first)).containsExactly("ruleId", "level", "path", "line", "column", "endLine", "endColumn",
                "message", "fingerprint");
        assertThat(first.path("path").asText()).isEqualTo(".env");
        assertThat(first.path("level").asText()).isEqualTo("warning");
        assertThat(doc.path("suppressed")).hasSize(2);
        JsonNode hidden = doc.path("suppressed").get(0);
        assertThat(hidden.path("path").asText()).isEqualTo("src/main/java/Legacy.java");
        assertThat(hidden.path("suppression").asText()).isEqualTo("external");
        assertThat(doc.path("suppressed").get(1).path("suppression").asText()).isEqualTo("inSource");
        assertThat(doc.path("notices").get(0).path("path").asText()).isEqualTo("broken.yml");
        assertThat(doc.path("notices").get(0).path("level").asText()).isEqualTo("warning");
        JsonNode summary = doc.path("summary");
        assertThat(fieldNames(summary)).containsExactly("files", "errors", "warnings", "notes", "suppressed");
        assertThat(summary.path("files").asInt()).isEqualTo(12);
        assertThat(summary.path("errors").asInt()).isEqualTo(2);
        assertThat(summary.path("warnings").asInt()).isEqualTo(2);
        assertThat(summary.path("notes").asInt()).isZero();
        assertThat(summary.path("suppressed").asInt()).isEqualTo(2);
    }

    @Test
    void fingerprintIsThePublicOne() throws Exception {
        Finding f = SampleScan.credential(key, "src/App.java", 3, 9);
        JsonNode doc = new ObjectMapper().readTree(new JsonReport().render(SampleScan.scan(List.of(f), List.of(), List.of())));
        assertThat(doc.path("findings").get(0).path("fingerprint").asText()).isEqualTo(Fingerprints.partialFingerprint(f));
    }

    @Test
    void deterministicWithoutTimingAndWithLineFeeds() {
        ScanResult scan = SampleScan.busy(key);
        List<Finding> reversed = new ArrayList<>(scan.findings());
        Collections.reverse(reversed);
        ScanResult slower = new ScanResult(scan.rules(), reversed, scan.suppressed(), scan.notices(),
                scan.filesScanned(), 98_765, scan.version());
        String json = new JsonReport().render(scan);
        assertThat(new JsonReport().render(slower)).isEqualTo(json);
        // the scan's 210 ms is no value anywhere (a fingerprint, hex of a random test key, may hold the digits)
        assertThat(json).doesNotContain("\r").doesNotContain("elapsed").doesNotContainPattern(":\\s*210\\b").endsWith("}\n");
    }

    @Test
    void cleanScanHasEmptyArrays() {
        assertThat(new JsonReport().render(SampleScan.clean()))
                .contains("\"findings\": []", "\"suppressed\": []", "\"notices\": []");
    }
}
