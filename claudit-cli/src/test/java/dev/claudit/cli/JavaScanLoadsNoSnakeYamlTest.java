package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a pre-commit scan of Java files spent tens of milliseconds parsing the rule and data YAML with SnakeYAML
 * (and setting up the {@code java.util.logging} it brings) before it looked at a file. The rules now come from the
 * build's snapshot, and a scan that reads no YAML must load no SnakeYAML class at all — not even to check the bytecode
 * of a class that could use it. The subprocess logs every class it loads.
 */
class JavaScanLoadsNoSnakeYamlTest {

    @Test
    void aScanOfJavaFilesLoadsNoSnakeYamlClass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Client.java"), """
                import java.net.URI;
                import java.net.http.HttpRequest;

                class Client {
                    HttpRequest request() {
                        return HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"))
                                .header("x-api-key", System.getenv("ANTHROPIC_API_KEY"))
                                .header("anthropic-version", "2023-06-01")
                                .POST(HttpRequest.BodyPublishers.ofString("{\\"model\\": \\"claude-2.0\\"}")).build();
                    }
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Sums.java"), "class Sums {\n    static int add(int a, int b) {\n        return a + b;\n    }\n}\n",
                StandardCharsets.UTF_8);

        Path log = dir.resolve("classes.log");
        DemoEndToEndTest.Run run = ClauditProcess.exec(dir, List.of(ClauditProcess.java(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:class+load=info:file=" + log, Main.class.getName(),
                "scan", "Client.java", "Sums.java", "--format", "text", "--fail-on", "none"), java.util.Map.of());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as("the model catalogue (rules/data/models.yml) was loaded").contains("[retired-model]");
        Set<String> classes = new HashSet<>();
        for (String line : Files.readString(log, StandardCharsets.UTF_8).split("\n")) {
            int at = line.indexOf("] ");
            if (at >= 0) classes.add(line.substring(at + 2).split(" ", 2)[0]);
        }
        assertThat(classes).as("the rules came from the snapshot").contains("dev.claudit.rules.YamlSnapshot");
        assertThat(classes.stream().anyMatch(c -> c.startsWith("com.github.javaparser."))).as("the Java file was parsed").isTrue();
        assertThat(classes.stream().filter(c -> c.startsWith("org.yaml.snakeyaml.")).sorted().toList()).as("SnakeYAML classes loaded").isEmpty();
    }
}
