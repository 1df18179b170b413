package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code claudit scan -}: standard input as one file whose kind comes from {@code --stdin-name}. */
class StdinScanTest {

    @TempDir
    Path tmp;

    private DemoEndToEndTest.Run pipe(String input, String... args) throws Exception {
        Path in = Files.writeString(tmp.resolve("input"), input, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err");
        List<String> command = new ArrayList<>(List.of(ClauditProcess.java(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", Main.class.getName(), "scan"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new DemoEndToEndTest.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theNameGivesTheKind() throws Exception {
        String env = "VITE_ANTHROPIC_API_KEY=your-key-here\n";
        DemoEndToEndTest.Run named = pipe(env, "-", "--stdin-name", "web/.env.local");
        assertThat(named.exit()).as(named.err()).isEqualTo(1);
        assertThat(named.out()).contains("web/.env.local:1:1: error:", "[frontend-exposed-key]", "1 error in 1 file");

        DemoEndToEndTest.Run unnamed = pipe(env, "-");
        assertThat(unnamed.exit()).as("without a name it is no .env file: %s", unnamed.out()).isZero();
    }

    @Test
    void aKeyOnStandardInputIsReportedAtTheDefaultNameAndNeverPrinted() throws Exception {
        String key = FakeKeys.apiKey();
        DemoEndToEndTest.Run run = pipe("const k = \"" + key + "\";\n", "-", "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"path\": \"stdin\"", "\"ruleId\": \"hardcoded-credential\"");
        assertThat(run.out() + run.err()).doesNotContain(key);
    }

    @Test
    void standardInputIsScannedAlone() throws Exception {
        Files.writeString(tmp.resolve("a.yml"), "x: 1\n");
        DemoEndToEndTest.Run withPath = pipe("x\n", "-", "a.yml");
        assertThat(withPath.exit()).isEqualTo(Main.USAGE);
        assertThat(withPath.err()).startsWith("claudit: - (standard input) is scanned alone");
        assertThat(pipe("x\n", "--stdin-name", "a.yml").err()).startsWith("claudit: --stdin-name names standard input");
        DemoEndToEndTest.Run outside = pipe("x\n", "-", "--stdin-name", "../up.yml");
        assertThat(outside.exit()).isEqualTo(Main.USAGE);
        assertThat(outside.err()).startsWith("claudit: --stdin-name takes a relative file path");
    }
}
