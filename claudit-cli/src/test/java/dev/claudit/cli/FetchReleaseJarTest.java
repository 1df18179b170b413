package dev.claudit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/fetch-release-jar.sh}, which the pre-commit hook and the Action run before building: it takes a
 * released jar only for this checkout's version, only when the release was built from the same sources, and only when
 * the jar matches its published SHA-256. The "release" is a directory served through {@code file://}; nothing is online.
 */
class FetchReleaseJarTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    Path checkout;
    Path releases;
    byte[] jar = "PK\3\4 a jar built by the release workflow".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void aCheckoutAndItsRelease() throws Exception {
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.createDirectories(checkout.resolve("scripts"));
        for (String script : List.of("fetch-release-jar.sh", "sources-digest.sh")) {
            Files.copy(PROJECT.resolve("scripts").resolve(script), checkout.resolve("scripts").resolve(script),
                    java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        pom("1.2.3");
        write(checkout.resolve("claudit-core/pom.xml"), "<project/>\n");
        write(checkout.resolve("claudit-core/src/main/java/A.java"), "class A {}\n");
        write(checkout.resolve("claudit-cli/pom.xml"), "<project/>\n");
        write(checkout.resolve("claudit-cli/src/main/java/B.java"), "class B {}\n");
        write(checkout.resolve("rules/some-rule.yml"), "id: some-rule\n");

        releases = tmp.resolve("releases");
        Path v = Files.createDirectories(releases.resolve("v1.2.3"));
        Files.write(v.resolve("claudit-1.2.3.jar"), jar);
        write(v.resolve("claudit-1.2.3.jar.sha256"), sha256(jar) + "  claudit-1.2.3.jar\n");
        write(v.resolve("claudit-1.2.3.sources.sha256"), digest() + "\n");
    }

    private void pom(String version) throws Exception {
        write(checkout.resolve("pom.xml"), """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <artifactId>claudit</artifactId>
                  <version>%s</version>
                  <build><plugins><plugin><version>9.9</version></plugin></plugins></build>
                </project>
                """.formatted(version));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String digest() throws Exception {
        DemoEndToEndTest.Run run = ClauditProcess.exec(checkout, List.of("scripts/sources-digest.sh"), Map.of());
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().strip();
    }

    private DemoEndToEndTest.Run fetch() throws Exception {
        return ClauditProcess.exec(checkout, List.of("scripts/fetch-release-jar.sh"),
                Map.of("CLAUDIT_RELEASE_URL", releases.toUri().toString()));
    }

    @Test
    void theReleasedJarOfThisVersionAndTheseSourcesIsInstalledAfterItsChecksumIsVerified() throws Exception {
        DemoEndToEndTest.Run run = fetch();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("using the released claudit-1.2.3.jar (SHA-256 verified)");
        assertThat(checkout.resolve("target/claudit.jar")).hasBinaryContent(jar);
    }

    @Test
    void aJarThatDoesNotMatchItsChecksumIsNotUsed() throws Exception {
        Files.writeString(releases.resolve("v1.2.3/claudit-1.2.3.jar"), "PK\3\4 something else");
        DemoEndToEndTest.Run run = fetch();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("does not match its published SHA-256", "building instead");
        assertThat(checkout.resolve("target/claudit.jar")).doesNotExist();
    }

    @Test
    void sourcesChangedSinceTheReleaseAreBuiltNotReplacedByTheReleasedJar() throws Exception {
        write(checkout.resolve("rules/some-rule.yml"), "id: some-rule\nlevel: error\n");
        DemoEndToEndTest.Run run = fetch();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("these sources differ from release v1.2.3");
        assertThat(checkout.resolve("target/claudit.jar")).doesNotExist();
    }

    @Test
    void noReleaseForThisVersionOrASnapshotMeansBuilding() throws Exception {
        pom("1.2.4");
        assertThat(fetch().exit()).isEqualTo(1);
        pom("1.3.0-SNAPSHOT");
        Files.createDirectories(releases.resolve("v1.3.0-SNAPSHOT"));
        DemoEndToEndTest.Run snapshot = fetch();
        assertThat(snapshot.exit()).isEqualTo(1);
        assertThat(snapshot.err()).isEmpty();
        assertThat(checkout.resolve("target/claudit.jar")).doesNotExist();
    }

    @Test
    void theDigestCoversPathsAndContentOfPomSourcesAndRules() throws Exception {
        String before = digest();
        Files.move(checkout.resolve("rules/some-rule.yml"), checkout.resolve("rules/other-rule.yml"));
        String renamed = digest();
        write(checkout.resolve("README.md"), "not a build input\n");
        assertThat(renamed).isNotEqualTo(before).matches("[0-9a-f]{64}").isEqualTo(digest());
    }
}
