package dev.claudit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell steps of the composite GitHub Action ({@code action.yml}) run with bash as the runner would run them,
 * with {@code GITHUB_OUTPUT} and {@code GITHUB_ENV} files: which JDK it picks, and that the caller's {@code JAVA_HOME}
 * is what later steps see. The {@code uses:} steps (setup-java, cache, upload-sarif) are GitHub's and not run here.
 */
class ActionScriptsTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    Map<String, Map<String, Object>> steps = new HashMap<>();
    Path output;
    Path env;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void readTheAction() throws Exception {
        try (Reader in = Files.newBufferedReader(PROJECT.resolve("action.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> action = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            for (Object s : (List<Object>) ((Map<String, Object>) action.get("runs")).get("steps")) {
                Map<String, Object> step = (Map<String, Object>) s;
                steps.put((String) step.get("name"), step);
            }
        }
        output = Files.createFile(tmp.resolve("github-output"));
        env = Files.createFile(tmp.resolve("github-env"));
    }

    private DemoEndToEndTest.Run run(String step, Map<String, String> vars) throws Exception {
        String script = (String) steps.get(step).get("run");
        Map<String, String> all = new HashMap<>(vars);
        all.put("GITHUB_OUTPUT", output.toString());
        all.put("GITHUB_ENV", env.toString());
        all.put("GITHUB_ACTION_PATH", PROJECT.toString());
        all.putIfAbsent("JAVA_HOME", "/caller/jdk");
        DemoEndToEndTest.Run run = ClauditProcess.exec(tmp, List.of("bash", "-e", "-o", "pipefail", "-c", script), all);
        assertThat(run.exit()).as(step + ": " + run.err()).isZero();
        return run;
    }

    private Path jdk(String name) throws Exception {
        Path home = Files.createDirectories(tmp.resolve(name).resolve("bin"));
        Path java = Files.writeString(home.resolve("java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home.getParent();
    }

    @Test
    void theRunnersOwnJdkOfThatVersionIsUsedAndNothingIsExported() throws Exception {
        Path jdk21 = jdk("jdk-21");
        run("Find Java", Map.of("CLAUDIT_JAVA_VERSION", "21", "JAVA_HOME_21_X64", jdk21.toString(),
                "JAVA_HOME_17_X64", jdk("jdk-17").toString()));
        assertThat(Files.readString(output)).contains("home=" + jdk21 + "\n", "caller-java-home=/caller/jdk\n");

        Files.writeString(output, "");
        run("Keep the caller's JAVA_HOME", Map.of("CLAUDIT_FOUND", jdk21.toString(), "CLAUDIT_SETUP", "",
                "CLAUDIT_CALLER_JAVA_HOME", "/caller/jdk"));
        assertThat(Files.readString(output)).contains("home=" + jdk21 + "\n").containsPattern("sources=[0-9a-f]{64}\n")
                .containsPattern("pom=[0-9a-f]{64}\n");
        assertThat(Files.readString(env)).as("no JAVA_HOME or PATH exported for later steps").isEmpty();
    }

    @Test
    void withoutOneSetupJavaRunsAndTheCallersJavaHomeIsPutBack() throws Exception {
        run("Find Java", Map.of("CLAUDIT_JAVA_VERSION", "22", "JAVA_HOME_17_X64", jdk("jdk-17").toString()));
        assertThat(Files.readString(output)).contains("home=\n");
        assertThat(steps.get("Set up Java").get("if")).isEqualTo("${{ steps.java.outputs.home == '' }}");

        Files.writeString(output, "");
        run("Keep the caller's JAVA_HOME", Map.of("CLAUDIT_FOUND", "", "CLAUDIT_SETUP", "/opt/hostedtoolcache/jdk-22",
                "CLAUDIT_CALLER_JAVA_HOME", "/caller/jdk", "JAVA_HOME", "/opt/hostedtoolcache/jdk-22"));
        assertThat(Files.readString(output)).contains("home=/opt/hostedtoolcache/jdk-22\n");
        assertThat(Files.readString(env)).isEqualTo("JAVA_HOME=/caller/jdk\n");
    }

    @Test
    void sarifGoesToCodeScanningWithItsCategory() {
        Map<String, Object> upload = steps.get("Upload SARIF to code scanning");
        assertThat(upload.get("uses")).isEqualTo("github/codeql-action/upload-sarif@v4");
        assertThat(upload.get("with")).isEqualTo(Map.of("sarif_file", "${{ inputs.sarif-file }}", "category", "${{ inputs.category }}"));
    }
}
