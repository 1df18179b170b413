package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text report read a whole file to show one line (a 600 MB file: out of memory, exit 3). It streams to the line
 * now, and of a very long line keeps only the part around the finding: both pass with a heap far smaller than the file.
 */
class HugeFileSourceLineTest {

    @TempDir
    Path dir;

    private static final int MB = 1 << 20;

    private DemoEndToEndTest.Run scanWithSmallHeap(Path target) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ClauditProcess.java(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", Main.class.getName(), "scan", target.toString(), "--as-of", "2026-11-29"));
        return ClauditProcess.exec(dir, command, Map.of());
    }

    @Test
    void aKeyOnTheLastLineOfAFileLargerThanTheHeapIsShownWithItsLine() throws Exception {
        String key = FakeKeys.apiKey();
        Path big = dir.resolve("big/data.env");
        Files.createDirectories(big.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String filler = "# " + "x".repeat(1000) + "\n";
            for (long written = 0; written < 96L * MB; written += filler.length()) w.write(filler);
            w.write("ANTHROPIC_API_KEY=" + key + "\n");
        }
        DemoEndToEndTest.Run run = scanWithSmallHeap(big.getParent());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("ANTHROPIC_API_KEY=sk-ant-api03-…" + key.substring(key.length() - 4)).doesNotContain(key);
    }

    @Test
    void aKeyInTheMiddleOfAOneLineFileLargerThanTheHeapIsShownWithTheLinePartAroundIt() throws Exception {
        String key = FakeKeys.apiKey();
        Path big = dir.resolve("one/bundle.js");
        Files.createDirectories(big.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String filler = "var a=1;".repeat(1000);
            for (long written = 0; written < 48L * MB; written += filler.length()) w.write(filler);
            w.write("const k=\"" + key + "\";");
            for (long written = 0; written < 48L * MB; written += filler.length()) w.write(filler);
        }
        DemoEndToEndTest.Run run = scanWithSmallHeap(big.getParent());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("const k=\"sk-ant-api03-…" + key.substring(key.length() - 4) + "\";").doesNotContain(key);
        assertThat(run.out().lines().filter(l -> l.contains(" | "))).allMatch(l -> l.length() < 400);
    }
}
