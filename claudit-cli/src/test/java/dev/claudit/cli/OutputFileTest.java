package dev.claudit.cli;

import dev.claudit.testkit.BadInputs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports are the same bytes on every run and at every thread count, and {@code --output} replaces its file in
 * one rename: an old report is replaced whole, no temporary file is left, and a location that cannot be written
 * is a usage error (exit 2) that leaves what was there untouched.
 */
@Tag("integration") // slow: the hostile-input corpus with its generated giant files, scanned six times; mvn -B verify -Pintegration runs it (.ci/run does)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputFileTest {

    Path root;
    Path out;

    @BeforeAll
    void corpus(@TempDir Path tmp) throws Exception {
        root = tmp.resolve("scan");
        BadInputs.copyWithKeys(BadInputs.COMMITTED, root.resolve("bad-inputs"));
        BadInputs.generate(root.resolve("generated"), "generated/");
        BadInputsEndToEndTest.copyTree(DemoEndToEndTest.DEMO, root.resolve("demo"));
        out = Files.createDirectories(tmp.resolve("out"));
    }

    @Test
    void sarifAndJsonAreByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
        for (String format : List.of("sarif", "json")) {
            Path one = out.resolve("threads-1." + format);
            Path four = out.resolve("threads-4." + format);
            Path again = out.resolve("threads-4-again." + format);
            assertThat(scan("--format", format, "--threads", "1", "--output", one.toString()).exit()).isEqualTo(1);
            assertThat(scan("--format", format, "--threads", "4", "--output", four.toString()).exit()).isEqualTo(1);
            assertThat(scan("--format", format, "--threads", "4", "--output", again.toString()).exit()).isEqualTo(1);
            byte[] expected = Files.readAllBytes(one);
            assertThat(expected.length).isGreaterThan(1000);
            assertThat(Files.readAllBytes(four)).as(format + ", 4 threads against 1").isEqualTo(expected);
            assertThat(Files.readAllBytes(again)).as(format + ", rerun").isEqualTo(expected);
        }
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void anExistingReportIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Path dir = Files.createDirectories(out.resolve("replace"));
        Path report = dir.resolve("claudit.sarif");
        Files.writeString(report, "x".repeat(10_000_000)); // longer than the new report: no tail may survive
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", DemoEndToEndTest.DEMO.toString(), "--format", "sarif",
                "--as-of", "2026-11-29", "--output", report.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        String sarif = Files.readString(report);
        assertThat(sarif).startsWith("{").endsWith("}\n").doesNotContain("xxxx");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("claudit.sarif");
        }
    }

    @Test
    void aMissingFolderIsNotCreatedButIsAUsageError() {
        Path nested = out.resolve("new/folder/report.json");
        for (String option : List.of("--output", "--write-baseline")) {
            DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", DemoEndToEndTest.DEMO.toString(), "--format", "json",
                    option, nested.toString());
            assertThat(run.exit()).isEqualTo(Main.USAGE);
            assertThat(run.err().strip()).isEqualTo("claudit: cannot write " + option + " " + nested + ": no such directory");
        }
        assertThat(out.resolve("new")).doesNotExist();
    }

    @Test
    void aFifoIsWrittenInPlaceNotReplacedByAFile() throws Exception {
        // a FIFO stands for every special file here (/dev/null, /dev/stdout): a test must not risk replacing those
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux");

        Path fifo = out.resolve("report.fifo");
        Files.deleteIfExists(fifo);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                // a read loop: FileInputStream.readAllBytes asks a FIFO for its position, which fails
                try (java.io.InputStream in = dev.claudit.workspace.FileStreams.open(fifo)) {
                    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
                    byte[] buf = new byte[256];
                    for (int n; (n = in.read(buf)) > 0; ) got.write(buf, 0, n);
                    return got.toString(StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ScanCommand.writeAtomically(fifo, "report\n");
        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("report\n");
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTarget() throws Exception {
        Path dir = Files.createDirectories(out.resolve("link"));
        Path real = dir.resolve("real.sarif");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.sarif"), real);
        ScanCommand.writeAtomically(link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.sarif"), dir.resolve("nothing/here"));
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", DemoEndToEndTest.DEMO.toString(), "--output", dangling.toString());
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).isEqualTo("claudit: cannot write --output " + dangling + ": symbolic link to nothing");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewFileGetsTheUmasks() throws Exception {
        Path dir = Files.createDirectories(out.resolve("modes"));
        Path existing = dir.resolve("report.json");
        Files.writeString(existing, "old");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(existing, mode);
        ScanCommand.writeAtomically(existing, "new");
        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(mode);

        Path byUmask = dir.resolve("plain");
        dev.claudit.workspace.FileStreams.writeUtf8(byUmask, "x"); // open(O_CREAT, 0666): what the umask gives
        Path fresh = dir.resolve("fresh.json");
        ScanCommand.writeAtomically(fresh, "new");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(byUmask));
    }

    @Test
    void aLocationThatCannotBeWrittenIsAUsageErrorAndLeavesWhatWasThere() throws IOException {
        Path dir = Files.createDirectories(out.resolve("unwritable"));
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "keep me");

        DemoEndToEndTest.Run underAFile = DemoEndToEndTest.claudit("scan", DemoEndToEndTest.DEMO.toString(),
                "--output", file.resolve("report.txt").toString());
        assertThat(underAFile.exit()).isEqualTo(Main.USAGE);
        assertThat(underAFile.err().strip()).isEqualTo("claudit: cannot write --output " + file.resolve("report.txt")
                + ": not a directory");

        DemoEndToEndTest.Run aDirectory = DemoEndToEndTest.claudit("scan", DemoEndToEndTest.DEMO.toString(),
                "--output", dir.toString());
        assertThat(aDirectory.exit()).isEqualTo(Main.USAGE);
        assertThat(aDirectory.err().strip()).isEqualTo("claudit: --output " + dir + " is a directory");

        assertThat(Files.readString(file)).isEqualTo("keep me");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plain-file");
        }
    }

    @Test
    void aFolderNobodyMayWriteToIsAUsageError() {
        // /proc takes no new files, even from root
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", DemoEndToEndTest.DEMO.toString(),
                "--output", "/proc/claudit-report.sarif");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("claudit: cannot write --output /proc/claudit-report.sarif: no such file or directory");
    }

    @Test
    void aRenameThatFailsRemovesItsTemporaryFile() throws IOException {
        // a non-empty directory cannot be replaced by a file: the move fails after the temporary file is written
        Path dir = Files.createDirectories(out.resolve("rename-fails"));
        Path target = Files.createDirectories(dir.resolve("report.sarif"));
        Files.writeString(target.resolve("inside"), "keep me");
        assertThatThrownBy(() -> ScanCommand.writeAtomically(target, "{}")).isInstanceOf(IOException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.sarif");
        }
        assertThat(Files.readString(target.resolve("inside"), StandardCharsets.UTF_8)).isEqualTo("keep me");
    }

    private DemoEndToEndTest.Run scan(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("scan", root.toString(), "--as-of", "2026-11-29"));
        args.addAll(List.of(options));
        return DemoEndToEndTest.claudit(args.toArray(String[]::new));
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}
