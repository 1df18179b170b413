package dev.claudit.maven;

import dev.claudit.testkit.FakeCredentials;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check goal run in-process as Maven would run it (fields set as Maven injects them): findings logged with their
 * place and masked, the SARIF file written, the build failed per failOn. Real Maven builds are in src/it (profile
 * integration).
 */
class CheckMojoTest {

    @TempDir
    Path project;

    final RecordingLog log = new RecordingLog();
    String key;

    @BeforeEach
    void aProjectWithAKey() throws Exception {
        key = FakeCredentials.apiKey();
        Files.writeString(project.resolve(".env"), "ANTHROPIC_API_KEY=" + key + "\n");
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.properties"),
                "spring.ai.anthropic.chat.options.model=claude-3.5-sonnet\n");
    }

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.directory = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.format = "sarif";
        mojo.asOf = "2026-11-29";
        return mojo;
    }

    @Test
    void findingsAreLoggedMaskedWrittenAsSarifAndFailTheBuild() throws Exception {
        assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("claudit: 2 findings in 2 files, 2 at or above fail-on warning")
                .hasMessageContaining(project.resolve("target/claudit.sarif").toString());

        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[error] .env:1:").contains("hardcoded-credential"));
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[warn] src/main/resources/application.properties:1:").contains("invalid-model-id"));
        assertThat(String.join("\n", log.lines)).doesNotContain(FakeCredentials.hiddenPart(key));
        String sarif = Files.readString(project.resolve("target/claudit.sarif"));
        assertThat(sarif).contains("\"ruleId\": \"hardcoded-credential\"").doesNotContain(FakeCredentials.hiddenPart(key));
    }

    @Test
    void failOnErrorLetsWarningsPassAndNoneLetsEverythingPass() throws Exception {
        Files.delete(project.resolve(".env"));
        CheckMojo errorsOnly = mojo();
        errorsOnly.failOn = "error";
        errorsOnly.execute();
        assertThat(log.lines).last().asString().contains("1 finding in 1 file, none at or above fail-on error");

        Files.writeString(project.resolve(".env"), "ANTHROPIC_API_KEY=" + key + "\n");
        CheckMojo none = mojo();
        none.failOn = "none";
        none.format = "json";
        none.execute();
        assertThat(project.resolve("target/claudit.json")).exists();
    }

    @Test
    void excludesSkipAndBadSettings() throws Exception {
        CheckMojo excluded = mojo();
        excluded.excludes = List.of(".env", "src/");
        excluded.execute();
        assertThat(log.lines).last().asString().startsWith("[info] claudit: no findings in 0 files");

        CheckMojo skipped = mojo();
        skipped.skip = true;
        skipped.execute();
        assertThat(log.lines).last().asString().isEqualTo("[info] claudit: skipped (claudit.skip)");

        CheckMojo badLevel = mojo();
        badLevel.failOn = "critical";
        assertThatThrownBy(badLevel::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("claudit: failOn takes error, warning, note or none, not 'critical'");

        CheckMojo noConfig = mojo();
        noConfig.config = new File(project.toFile(), "missing.yml");
        assertThatThrownBy(noConfig::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("claudit: config: no such file: ");
    }

    /** Maven's log, kept as "[level] message" lines. */
    static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        private void add(String level, CharSequence message) {
            lines.add("[" + level + "] " + message);
        }

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence content) { }
        @Override public void debug(CharSequence content, Throwable error) { }
        @Override public void debug(Throwable error) { }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence content) { add("info", content); }
        @Override public void info(CharSequence content, Throwable error) { add("info", content); }
        @Override public void info(Throwable error) { add("info", String.valueOf(error)); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence content) { add("warn", content); }
        @Override public void warn(CharSequence content, Throwable error) { add("warn", content); }
        @Override public void warn(Throwable error) { add("warn", String.valueOf(error)); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence content) { add("error", content); }
        @Override public void error(CharSequence content, Throwable error) { add("error", content); }
        @Override public void error(Throwable error) { add("error", String.valueOf(error)); }
    }
}
