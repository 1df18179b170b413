package dev.claudit.cli;

import dev.claudit.engine.Pipeline;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.testkit.BadInputs;
import dev.claudit.testkit.FakeCredentials;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that change or cannot be read under the scan: removed or swapped for a FIFO between the walk and the read,
 * and a folder and a file the user may not read. Each is one notice; the other files are still reported.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@Tag("integration") // slow: FIFO swaps and a file too big for a small-heap JVM started for it; mvn -B verify -Pintegration runs it (.ci/run does)
class WorkspaceRaceTest {

    @TempDir
    Path dir;

    @Test
    void aFileRemovedOrSwappedForAFifoAfterTheWalkIsOneNotice() throws Exception {
        String kept = FakeCredentials.apiKey();
        Files.writeString(dir.resolve("kept.env"), "ANTHROPIC_API_KEY=" + kept + "\n");
        Files.writeString(dir.resolve("removed.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        Files.writeString(dir.resolve("swapped.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        Workspace workspace = new DirectoryWalker(false).walk(dir, List.of(dir));
        assertThat(workspace.files()).hasSize(3);

        Files.delete(dir.resolve("removed.env"));
        Files.delete(dir.resolve("swapped.env"));
        boolean fifo = BadInputs.fifo(dir.resolve("swapped.env"));

        ScanResult result = new Pipeline(RuleCatalog.load(), RuleData.load())
                .scan(workspace, Pipeline.Options.defaults(LocalDate.of(2026, 11, 29)), "test");
        assertThat(result.findings()).extracting(f -> f.location().path() + ":" + f.location().line())
                .containsExactly("kept.env:1");
        List<String> notices = result.notices().stream().map(n -> n.path() + ": " + n.message()).toList();
        assertThat(notices).contains("removed.env: cannot read: no longer exists");
        assertThat(notices).contains(fifo ? "swapped.env: cannot read: no longer a regular file" : "swapped.env: cannot read: no longer exists");
        assertThat(notices).hasSize(2);
    }

    @Test
    void aFileTooBigForTheHeapIsOneNoticeNotACrash() throws Exception {
        Files.writeString(dir.resolve("small.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        String line = "lorem ipsum dolor sit amet ".repeat(4) + "\n";
        try (var out = Files.newBufferedWriter(dir.resolve("huge.txt"))) {
            for (int i = 0; i < 800_000; i++) out.write(line); // 87 MB: its bytes and its text do not both fit in 96 MB
        }
        // above --max-file-size a file is streamed, never held whole: raise the limit to make the heap the limit
        DemoEndToEndTest.Run run = inNewJvm(List.of(), List.of("-Xmx96m", "-XX:+UseSerialGC"), "scan", dir.toString(),
                "--max-file-size", "200M");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("small.env:1:19: error: ");
        assertThat(run.err().strip()).isEqualTo("huge.txt: warning: too large to scan with the memory available; skipped");
    }

    @Test
    void anUnreadableFolderAndFileAreOneNoticeEach() throws Exception {
        String readable = FakeCredentials.apiKey();
        Files.writeString(dir.resolve("readable.env"), "ANTHROPIC_API_KEY=" + readable + "\n");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("inside.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        Path lockedFile = dir.resolve("locked-file.env");
        Files.writeString(lockedFile, "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("---------"));
        try {
            DemoEndToEndTest.Run run;
            if (!Files.isReadable(locked)) {
                run = DemoEndToEndTest.claudit("scan", dir.toString(), "--format", "json");
            } else {
                // root reads everything: drop the capabilities that let it, as an ordinary user would be
                Assumptions.assumeTrue(new File("/usr/bin/setpriv").canExecute(),
                        "running as root without setpriv: cannot make a folder unreadable");
                run = clauditWithoutDacOverride("scan", dir.toString(), "--format", "json");
            }
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            List<String> found = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("findings")
                    .forEach(f -> found.add(f.get("path").asText()));
            assertThat(found).containsExactly("readable.env");
            assertThat(run.err().lines().toList()).containsExactlyInAnyOrder(
                    "locked: warning: cannot read: permission denied",
                    "locked-file.env: warning: cannot read: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Runs claudit in a new JVM as root but without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH. */
    private static DemoEndToEndTest.Run clauditWithoutDacOverride(String... args) throws IOException, InterruptedException {
        return inNewJvm(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search",
                "--inh-caps=-dac_override,-dac_read_search", "--"), List.of(), args);
    }

    /** Runs claudit's main in a new JVM on the test class path, after {@code prefix} and with {@code jvmOptions}. */
    static DemoEndToEndTest.Run inNewJvm(List<String> prefix, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(prefix);
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new DemoEndToEndTest.Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
