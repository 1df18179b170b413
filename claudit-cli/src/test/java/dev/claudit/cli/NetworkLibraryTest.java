package dev.claudit.cli;

import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attack: reading files through NIO channels makes the JDK load its networking library, whose start-up probes for
 * IPv4, IPv6 and SO_REUSEPORT by creating AF_INET and AF_INET6 sockets — an "offline" tool that opens sockets on
 * every scan. The subprocess logs every class it loads; the classes whose loading pulls in that library must not be
 * among them, whatever the scan reads (config, .gitignore, baseline, a file streamed past --max-file-size) or writes.
 */
class NetworkLibraryTest {

    /** Loading any of these loads libnet, whose JNI_OnLoad opens the probe sockets. */
    private static final List<String> LOADS_LIBNET = List.of("sun.nio.ch.IOUtil", "sun.nio.ch.Net", "java.net.InetAddress");

    @Test
    void scanCreatesNoProbeSocketsThroughTheJdkNetworkingLibrary(@TempDir Path dir) throws Exception {
        String key = FakeCredentials.apiKey();
        Files.writeString(dir.resolve(".gitignore"), "ignored/\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".claudit.yml"), "fail-on: error\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("app.env"), "ANTHROPIC_API_KEY=" + key + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big.txt"), "x".repeat(70_000) + "\nkey=" + key + "\n", StandardCharsets.UTF_8);

        Path log = dir.resolve("classes.log");
        DemoEndToEndTest.Run first = run(dir, log, "scan", ".", "--max-file-size", "64K", "--write-baseline", "base.json");
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        DemoEndToEndTest.Run second = run(dir, log, "scan", ".", "--max-file-size", "64K", "--baseline", "base.json",
                "--format", "text", "--output", "report.txt");
        loaded += Files.readString(log, StandardCharsets.UTF_8);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        java.util.Set<String> classes = new java.util.HashSet<>();
        for (String line : loaded.split("\n")) {
            int at = line.indexOf("] ");
            if (at >= 0) classes.add(line.substring(at + 2).split(" ", 2)[0]);
        }
        assertThat(classes.contains("dev.claudit.workspace.SourceFile$OnDisk")).as("the scan read files").isTrue();
        assertThat(LOADS_LIBNET.stream().filter(classes::contains).toList()).as("classes that load libnet").isEmpty();
    }

    private static DemoEndToEndTest.Run run(Path dir, Path log, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ClauditProcess.java(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:class+load=info:file=" + log, Main.class.getName()));
        command.addAll(List.of(args));
        return ClauditProcess.exec(dir, command, java.util.Map.of());
    }
}
