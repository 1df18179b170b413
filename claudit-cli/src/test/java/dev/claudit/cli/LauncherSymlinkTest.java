package dev.claudit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./claudit} launcher called through symbolic links, as {@code ln -s .../claudit ~/.local/bin/claudit} makes
 * it: it must find its own checkout (the jar beside it) and not look for a POM where the link is. The checkout here is a
 * copy of the launcher with a jar whose manifest runs these test classes, newer than its (empty) sources, so no build.
 */
class LauncherSymlinkTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    Path checkout;
    Map<String, String> env;

    @BeforeEach
    void checkoutWithABuiltJar() throws Exception {
        checkout = Files.createDirectories(tmp.resolve("opt/claudit-checkout"));
        Files.copy(PROJECT.resolve("claudit"), checkout.resolve("claudit"));
        Files.setPosixFilePermissions(checkout.resolve("claudit"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        for (String module : List.of("claudit-core", "claudit-cli")) {
            Files.createDirectories(checkout.resolve(module).resolve("src/main"));
            Files.writeString(checkout.resolve(module).resolve("pom.xml"), "<project/>\n");
        }
        Files.createDirectories(checkout.resolve("rules"));
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("claudit.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(p -> Path.of(p).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // newer than the sources
        // a PATH with java and the launcher's shell tools but no Maven: a launcher that lost its checkout cannot build one
        Path tools = Files.createDirectories(tmp.resolve("tools-on-path"));
        Files.createSymbolicLink(tools.resolve("java"), Path.of(ClauditProcess.java()));
        for (String tool : List.of("bash", "readlink", "find")) { // all the launcher runs before java, but locale (optional)
            Path found = Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(d -> Path.of(d, tool))
                    .filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(tool + " is not on PATH"));
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
        env = Map.of("PATH", tools.toString(), "CLAUDIT_CDS", "0");
    }

    private DemoEndToEndTest.Run launch(Path launcher, Path from) throws Exception {
        return ClauditProcess.exec(from, List.of(launcher.toString(), "rules"), env);
    }

    @Test
    void anAbsoluteSymlinkOnPathRunsTheCheckoutsJar() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("home/.local/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("claudit"), checkout.resolve("claudit"));
        DemoEndToEndTest.Run run = launch(link, Files.createDirectories(tmp.resolve("elsewhere")));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("hardcoded-credential", "wrong-host");
        assertThat(run.err()).doesNotContain("POM", "building");
    }

    @Test
    void aChainOfRelativeSymlinksThroughALinkedDirectoryRunsTheCheckoutsJar() throws Exception {
        // bin/claudit -> ../tools/claudit -> current/claudit, where current -> ../opt/claudit-checkout
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("current"), Path.of("../opt/claudit-checkout"));
        Files.createSymbolicLink(tools.resolve("claudit"), Path.of("current/claudit"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("claudit"), Path.of("../tools/claudit"));
        DemoEndToEndTest.Run run = launch(link, bin);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("hardcoded-credential");
        assertThat(run.err()).doesNotContain("POM", "building");
    }

    @Test
    void aLinkToALauncherWhoseJarIsMissingSaysSoAndDoesNotBuildWhereTheLinkIs() throws Exception {
        Files.delete(checkout.resolve("target/claudit.jar"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("claudit"), checkout.resolve("claudit"));
        DemoEndToEndTest.Run run = launch(link, tmp);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains(checkout.toRealPath().resolve("target/claudit.jar") + " is missing or stale", "Maven (mvn) is not installed");
        assertThat(bin.resolve("target")).doesNotExist();
    }
}
