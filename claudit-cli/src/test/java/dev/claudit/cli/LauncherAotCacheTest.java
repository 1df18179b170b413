package dev.claudit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The {@code ./claudit} launcher's class cache: on JDK 25 and later the AOT cache (trained once per jar and JVM), on
 * older JDKs the AppCDS archive, both skipped silently where target/ is read-only or a training run failed. The checkout
 * is a copy of the launcher with a jar of claudit's classes (the AOT cache takes classes from jars only) whose manifest
 * names the dependency jars, newer than its (empty) sources, so no build. Needs a JDK 25, at {@code CLAUDIT_TEST_JDK25}
 * or Temurin's Debian path; skipped without one.
 */
@Tag("integration") // slow: training runs of a JVM; mvn -B verify -Pintegration runs it (.ci/run does)
class LauncherAotCacheTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JDK25 = Path.of(System.getenv().getOrDefault("CLAUDIT_TEST_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @TempDir
    Path tmp;

    Path checkout;
    Path target;

    @BeforeEach
    void checkoutWithABuiltJar() throws Exception {
        checkout = Files.createDirectories(tmp.resolve("claudit-checkout"));
        Files.copy(PROJECT.resolve("claudit"), checkout.resolve("claudit"));
        Files.setPosixFilePermissions(checkout.resolve("claudit"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        for (String module : List.of("claudit-core", "claudit-cli")) {
            Files.createDirectories(checkout.resolve(module).resolve("src/main"));
            Files.writeString(checkout.resolve(module).resolve("pom.xml"), "<project/>\n");
        }
        Files.createDirectories(checkout.resolve("rules"));
        copyTree(PROJECT.resolve("testdata/demo"), checkout.resolve("testdata/demo"));
        target = Files.createDirectories(checkout.resolve("target"));
        Path jar = target.resolve("claudit.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).filter(p -> p.endsWith(".jar"))
                .map(p -> Path.of(p).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            // the engine's classes and the command line's, as the shaded jar holds them
            for (String module : List.of("claudit-core", "claudit-cli")) {
                Path classes = PROJECT.resolve(module).resolve("target/classes");
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                        Files.copy(f, j);
                        j.closeEntry();
                    }
                }
            }
        }
        // newer than the sources, older than a cache made now (a jar from the future would be trained on every run)
        long now = System.currentTimeMillis();
        for (String source : List.of("pom.xml", "claudit-core/pom.xml",
                "claudit-core/src/main", "claudit-cli/pom.xml", "claudit-cli/src/main", "rules")) {
            Files.setLastModifiedTime(checkout.resolve(source), FileTime.fromMillis(now - 3_600_000));
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(now - 60_000));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d);
            }
        }
    }

    private DemoEndToEndTest.Run launch(Path javaHome) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("path-" + javaHome.getFileName()));
        if (!Files.exists(bin.resolve("java"))) Files.createSymbolicLink(bin.resolve("java"), javaHome.resolve("bin/java"));
        String path = bin + File.pathSeparator + System.getenv("PATH");
        return ClauditProcess.exec(tmp, List.of(checkout.resolve("claudit").toString(), "rules"), Map.of("PATH", path));
    }

    private List<String> caches() throws IOException {
        try (Stream<Path> s = Files.list(target)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("claudit-")).sorted().toList();
        }
    }

    @Test
    void onJdk25TheLauncherTrainsAnAotCacheOnceAndStartsFromIt() throws Exception {
        assumeThat(JDK25.resolve("bin/java")).isExecutable();
        DemoEndToEndTest.Run first = launch(JDK25);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("hardcoded-credential");
        assertThat(first.err()).isEmpty();
        assertThat(caches()).singleElement().asString().startsWith("claudit-aot-").endsWith(".aot");
        Path cache = target.resolve(caches().get(0));
        assertThat(Files.size(cache)).isPositive();
        FileTime made = Files.getLastModifiedTime(cache);

        DemoEndToEndTest.Run second = launch(JDK25);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(Files.getLastModifiedTime(cache)).as("trained once per jar and JVM").isEqualTo(made);
    }

    @Test
    void theJdkTheTestsRunOnKeepsItsOwnCacheKind() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        DemoEndToEndTest.Run run = launch(home);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String kind = Runtime.version().feature() >= 25 ? "claudit-aot-" : "claudit-cds-";
        assertThat(caches()).singleElement().asString().startsWith(kind);
    }

    @Test
    void aReadOnlyTargetGetsNoCacheAndAPlainStart() throws Exception {
        assumeThat(JDK25.resolve("bin/java")).isExecutable();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(target)).as("not run as root, whom no permission stops").isFalse();
            DemoEndToEndTest.Run run = launch(JDK25);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("hardcoded-credential");
            assertThat(run.err()).isEmpty();
            assertThat(caches()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailedTrainingIsNotRetriedForTheSameJar() throws Exception {
        assumeThat(JDK25.resolve("bin/java")).isExecutable();
        DemoEndToEndTest.Run trained = launch(JDK25);
        assertThat(trained.exit()).as(trained.err()).isZero();
        Path cache = target.resolve(caches().get(0));
        Files.delete(cache);
        Path failed = target.resolve(cache.getFileName() + ".failed");
        Files.writeString(failed, "");
        Files.setLastModifiedTime(failed, FileTime.fromMillis(System.currentTimeMillis() + 120_000)); // newer than the jar
        DemoEndToEndTest.Run run = launch(JDK25);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("hardcoded-credential");
        assertThat(run.err()).isEmpty();
        assertThat(caches()).containsExactly(failed.getFileName().toString());
    }
}
