package dev.claudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTableTest {

    private final RulesTable table = new RulesTable(SampleScan.RULES);

    @Test
    void textColumnsAreAligned() {
        String[] lines = table.text().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("RULE").contains("LEVEL", "SECURITY", "SUMMARY");
        assertThat(lines[1]).startsWith("hardcoded-credential    error    9.0       A literal Anthropic credential");
        assertThat(lines[2]).startsWith("invalid-version-header  error    -         An anthropic-version value");
        assertThat(lines[4]).startsWith("key-whitespace          warning  -         A key with");
        int summaryColumn = lines[0].indexOf("SUMMARY");
        assertThat(lines[3].indexOf("A host")).isEqualTo(summaryColumn);
    }

    @Test
    void markdownIsAGithubTable() {
        String[] lines = table.markdown().split("\n");
        assertThat(lines[0]).isEqualTo("| Rule | Level | Security severity | What it flags |");
        assertThat(lines[1]).isEqualTo("|---|---|---|---|");
        assertThat(lines[1 + 1]).isEqualTo("| `hardcoded-credential` | error | 9.0 | A literal Anthropic credential in a file. |");
        assertThat(lines[3]).isEqualTo("| `invalid-version-header` | error |  | An anthropic-version value the API rejects. |");
        assertThat(lines).hasSize(6);
    }

    @Test
    void jsonListsMetadataWithoutExamples() throws Exception {
        JsonNode rules = new ObjectMapper().readTree(table.json());
        assertThat(rules).hasSize(4);
        JsonNode first = rules.get(0);
        assertThat(first.path("id").asText()).isEqualTo("hardcoded-credential");
        assertThat(first.path("name").asText()).isEqualTo("HardcodedCredential");
        assertThat(first.path("securitySeverity").asText()).isEqualTo("9.0");
        assertThat(first.path("tags")).hasSize(2);
        assertThat(first.has("examples")).isFalse();
        assertThat(first.path("message").asText()).isEqualTo("Hardcoded Anthropic {kind} {redacted}");
        assertThat(first.path("messages").path("default").asText()).isEqualTo("Hardcoded Anthropic {kind} {redacted}");
        assertThat(first.path("messages")).hasSize(1);
        assertThat(rules.get(1).path("securitySeverity").isNull()).isTrue();
        assertThat(table.json()).endsWith("]\n");
    }
}
