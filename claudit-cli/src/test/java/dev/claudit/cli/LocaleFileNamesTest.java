package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attack: under {@code LC_ALL=C} (or no locale at all) the JVM decodes file names as ASCII, every non-ASCII byte
 * becoming U+FFFD; names that differ only there collided into one path and a key in the others was missed, exit 0.
 * File names that are not UTF-8 at all collide the same way under any locale. Runs the scan as its own process
 * with the locale of the attack.
 */
class LocaleFileNamesTest {

    private static final List<String> NAMES = List.of("schlüssel.env", "clé.env", "ключ.env", "鍵.env");

    @Test
    void nonAsciiFileNamesUnderTheCLocaleStayDistinctAndEveryKeyIsFound(@TempDir Path dir) throws Exception {
        List<String> keys = new ArrayList<>();
        for (String name : NAMES) {
            String key = FakeCredentials.apiKey();
            keys.add(key);
            Files.writeString(dir.resolve(name), "ANTHROPIC_API_KEY=" + key + "\n", StandardCharsets.UTF_8);
        }
        DemoEndToEndTest.Run run = scan(dir, Map.of("LC_ALL", "C", "LANG", "", "LC_CTYPE", ""));
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(credentialPaths(run)).containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @Test
    void fileNamesThatAreNotUtf8StayDistinctAndAreShownWithEscapes(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(ClauditProcess.available("sh", "-c", "true"), "needs sh");
        // two names, one byte apart, neither valid UTF-8 (Latin-1 é and è): only a shell can make them from here
        String key1 = FakeCredentials.apiKey();
        String key2 = FakeCredentials.apiKey();
        DemoEndToEndTest.Run made = ClauditProcess.exec(dir, List.of("sh", "-c",
                "printf 'K=%s\\n' \"$1\" > \"$(printf 'caf\\351')\".env; printf 'K=%s\\n' \"$2\" > \"$(printf 'caf\\350')\".env",
                "sh", key1, key2), Map.of());
        assertThat(made.exit()).as(made.err()).isZero();
        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "C"), Map.of("LC_ALL", "C.UTF-8"))) {
            DemoEndToEndTest.Run run = scan(dir, locale);
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(credentialPaths(run)).as(locale.toString()).containsExactlyInAnyOrder("caf\\xE9.env", "caf\\xE8.env");
            assertThat(run.err()).as(locale.toString()).contains("caf\\xE9.env: note: file name is not UTF-8");
        }
    }

    @Test
    void aNonAsciiArgumentUnderTheCLocaleIsAUsageErrorNotASilentMiss(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("clé.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n", StandardCharsets.UTF_8);
        DemoEndToEndTest.Run run = ClauditProcess.exec(dir, List.of(ClauditProcess.java(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", Main.class.getName(), "scan", "clé.env"), Map.of("LC_ALL", "C"));
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("run under a UTF-8 locale");
    }

    private static DemoEndToEndTest.Run scan(Path dir, Map<String, String> env) throws Exception {
        List<String> command = List.of(ClauditProcess.java(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", Main.class.getName(), "scan", ".", "--format", "json");
        return ClauditProcess.exec(dir, command, env);
    }

    private static List<String> credentialPaths(DemoEndToEndTest.Run run) throws Exception {
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> paths = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            if (f.get("ruleId").asText().equals("hardcoded-credential")) paths.add(f.get("path").asText());
        }
        return paths;
    }
}
