package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attack: keys written in a format's escaped or continued form — JSON/JS/Java {@code \}{@code u}, YAML {@code \x} and
 * backslash-newline folding, .properties and Dockerfile continuation lines, shell quote joining, a key right after a
 * {@code \n} or {@code \t} escape — were missed, and printed in part when another finding sat on their line.
 */
class EscapedKeysTest {

    @TempDir
    Path dir;

    private final List<String> keys = new ArrayList<>();

    private String key() {
        String k = FakeCredentials.apiKey();
        keys.add(k);
        return k;
    }

    /** {@code key} with its character at {@code at} written as {@code \}{@code uXXXX}. */
    private static String unicodeEscaped(String key, int at) {
        return key.substring(0, at) + String.format("\\u%04x", (int) key.charAt(at)) + key.substring(at + 1);
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void keysInEscapedOrContinuedFormAreFoundWhereTheyAreWritten() throws Exception {
        write("config.json", "{\n  \"anthropic_key\": \"" + unicodeEscaped(key(), 0) + "\"\n}\n");
        write("client.js", "// anthropic\nconst apiKey = \"" + unicodeEscaped(key(), 40) + "\";\n");
        write("Keys.java", "class Keys { // anthropic\n    static final String A = \"header\\n" + key() + "\";\n"
                + "    static final String B = \"\\t" + key() + "\";\n}\n");
        String folded = key();
        write("app.yml", "anthropic:\n  api-key: \"" + folded.substring(0, 50) + "\\\n    " + folded.substring(50) + "\"\n");
        String hex = key();
        write("other.yml", "anthropic:\n  api-key: \"" + hex.substring(0, 30) + "\\x" + String.format("%02x", (int) hex.charAt(30))
                + hex.substring(31) + "\"\n");
        String continued = key();
        write("app.properties", "anthropic.api-key=" + continued.substring(0, 60) + "\\\n        " + continued.substring(60) + "\n");
        String docker = key();
        write("Dockerfile", "FROM eclipse-temurin:17\nENV ANTHROPIC_API_KEY=" + docker.substring(0, 20) + "\\\n" + docker.substring(20) + "\n");
        String joined = key();
        write("run.sh", "export ANTHROPIC_API_KEY=\"" + joined.substring(0, 7) + "\"'" + joined.substring(7) + "'\n");

        DemoEndToEndTest.Run run = claudit("scan", dir.toString(), "--format", "json");
        List<String> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            if (!f.get("ruleId").asText().equals("hardcoded-credential")) continue;
            String p = f.get("path").asText();
            found.add(p.substring(p.lastIndexOf('/') + 1) + ":" + f.get("line").asInt());
        }
        assertThat(found).containsExactlyInAnyOrder("config.json:2", "client.js:2", "Keys.java:2", "Keys.java:3", "app.yml:2",
                "other.yml:2", "app.properties:1", "Dockerfile:2", "run.sh:1");
        for (String k : keys) assertThat(run.out() + run.err()).doesNotContain(FakeCredentials.hiddenPart(k).substring(0, 20));
    }

    @Test
    void anEscapedKeyIsMaskedWhenAnotherFindingSitsOnItsLine() throws Exception {
        String k = key();
        write("client.js", "// anthropic\nfetch(\"https://api.anthropic.ai/v1/messages\", { headers: { \"x-api-key\": \""
                + unicodeEscaped(k, 50) + "\" } });\n");
        DemoEndToEndTest.Run run = claudit("scan", dir.toString());
        assertThat(run.out()).contains("wrong-host");
        String hidden = FakeCredentials.hiddenPart(k);
        String escapedHidden = unicodeEscaped(k, 50).substring(k.indexOf('-', 7) + 1);
        for (int i = 0; i + 12 <= hidden.length(); i++) assertThat(run.out()).doesNotContain(hidden.substring(i, i + 12));
        for (int i = 0; i + 12 <= escapedHidden.length() - 4; i++) assertThat(run.out()).doesNotContain(escapedHidden.substring(i, i + 12));
    }
}
