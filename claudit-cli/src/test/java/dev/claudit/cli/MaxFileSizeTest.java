package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --max-file-size}: larger files get a streamed credential scan and a notice, never a parse. */
class MaxFileSizeTest {

    static final String KEY = "sk-ant-api03-AvlHBR26g57W1dgEZ2o4tucxhbrprPyYMpGgZlJMCVt9rMTe4oospPpQLraEi1SqDdYsjSZzM5F1LwIQswXpB4WdHr5WgAA";

    @TempDir
    Path tmp;

    @Test
    void parsesSizes() {
        assertThat(ScanCommand.parseSize("500000")).isEqualTo(500_000);
        assertThat(ScanCommand.parseSize("500000B")).isEqualTo(500_000);
        assertThat(ScanCommand.parseSize("512K")).isEqualTo(512 * 1024);
        assertThat(ScanCommand.parseSize("4M")).isEqualTo(4L << 20);
        assertThat(ScanCommand.parseSize("4mb")).isEqualTo(4L << 20);
        assertThat(ScanCommand.parseSize("4MiB")).isEqualTo(4L << 20);
        assertThat(ScanCommand.parseSize("1G")).isEqualTo(1L << 30);
        for (String bad : List.of("0", "-1", "abc", "4T", "", "M", "1.5M")) {
            assertThatThrownBy(() -> ScanCommand.parseSize(bad)).as(bad).isInstanceOf(Main.UsageException.class);
        }
    }

    record Run(int exit, JsonNode json, String err) {
    }

    Run scan(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", "--format", "json", "--as-of", "2026-11-29"));
        args.addAll(List.of(extra));
        args.add(tmp.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, exit == Main.USAGE ? null : new ObjectMapper().readTree(out.toString()), err.toString());
    }

    @Test
    void aLargeFileIsScannedForCredentialsOnly() throws Exception {
        String padding = "// filler line for a generated file\n".repeat(200);
        Files.writeString(tmp.resolve("Big.java"), "class Big {\n" + padding + "  String k = \"" + KEY + "\";\n"
                + "  java.net.URI u = java.net.URI.create(\"https://api.anthropic.ai/v1/messages\");\n}\n");
        Files.writeString(tmp.resolve("Clean.java"), "class Clean {\n" + padding + "}\n");
        Files.writeString(tmp.resolve("Small.java"), "class Small { String host = \"https://api.anthropic.ai\"; }\n");

        Run limited = scan("--max-file-size", "2K");
        assertThat(limited.exit()).isEqualTo(1);
        List<String> found = new ArrayList<>();
        for (JsonNode f : limited.json().get("findings")) found.add(f.get("path").asText() + ":" + f.get("line").asInt() + " " + f.get("ruleId").asText());
        // the key is found in the large file; its wrong host needs a parse, which it does not get
        assertThat(found).extracting(s -> s.replaceAll("^.*/", "")).containsExactlyInAnyOrder(
                "Big.java:202 hardcoded-credential", "Small.java:1 wrong-host");
        List<String> notices = new ArrayList<>();
        for (JsonNode n : limited.json().get("notices")) notices.add(n.get("path").asText() + ": " + n.get("message").asText());
        assertThat(notices).singleElement().asString().endsWith("Big.java: larger than --max-file-size (2 KiB); scanned for credentials only");
        assertThat(limited.json().get("summary").get("files").asInt()).isEqualTo(3);

        Run unlimited = scan();
        assertThat(unlimited.json().get("findings")).hasSize(3);
        assertThat(unlimited.json().get("notices")).isEmpty();
    }

    @Test
    void aBadSizeIsAUsageError() throws Exception {
        Run bad = scan("--max-file-size", "lots");
        assertThat(bad.exit()).isEqualTo(Main.USAGE);
        assertThat(bad.err().strip()).isEqualTo("claudit: --max-file-size takes a size such as 500000, 512K or 4M, not 'lots'");
    }
}
