package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Action's step that scans a pull request's commits ({@code action.yml}, step id {@code commits}), run with bash
 * as the runner runs it — its script and environment taken from the file — on a real repository whose pull request
 * adds a key and removes it again. {@code GITHUB_ACTION_PATH} holds a {@code claudit} that runs this build's classes.
 */
class ActionCommitsStepTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsGitAndBash() {
        assumeTrue(ClauditProcess.available("git", "--version"), "git is not installed");
        assumeTrue(ClauditProcess.available("bash", "--version"), "bash is not installed");
    }

    @SuppressWarnings("unchecked")
    private static String script() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of("action.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> action = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
            for (Map<String, Object> step : steps) if ("commits".equals(step.get("id"))) return (String) step.get("run");
        }
        throw new AssertionError("action.yml has no step with id commits");
    }

    private DemoEndToEndTest.Run runStep(GitRepo repo, String base, String head) throws Exception {
        Path actionPath = Files.createDirectories(tmp.resolve("action"));
        Path launcher = actionPath.resolve("claudit");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + ClauditProcess.java() + "' -cp '" + System.getProperty("java.class.path")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC " + Main.class.getName() + " \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path script = Files.writeString(tmp.resolve("step.sh"), script());
        Path output = tmp.resolve("github-output");
        Files.deleteIfExists(output);
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTION_PATH", actionPath.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("CLAUDIT_BASE", base);
        env.put("CLAUDIT_HEAD", head);
        env.put("CLAUDIT_FAIL_ON", "warning");
        env.put("CLAUDIT_SARIF", "claudit-commits.sarif");
        env.put("CLAUDIT_BASELINE", "");
        env.put("CLAUDIT_JAVA", Path.of(ClauditProcess.java()).getParent().toString());
        // the runner's shell: bash --noprofile --norc -eo pipefail {0}
        DemoEndToEndTest.Run run = ClauditProcess.exec(repo.dir, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()), env);
        String outputs = Files.exists(output) ? Files.readString(output) : "";
        return new DemoEndToEndTest.Run(run.exit(), run.out() + "\n" + outputs, run.err());
    }

    @Test
    void aPullRequestThatAddsAndRemovesAKeyFailsWithItsCommitsInTheSarif() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("README.md", "app\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "base");
        String base = repo.git("rev-parse", "HEAD").strip();
        repo.write("app/.env", "ANTHROPIC_API_KEY=" + FakeKeys.apiKey() + "\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "add a key");
        String added = repo.git("rev-parse", "HEAD").strip();
        repo.git("rm", "-q", "app/.env");
        repo.git("commit", "-q", "-m", "remove it");
        String head = repo.git("rev-parse", "HEAD").strip();

        DemoEndToEndTest.Run run = runStep(repo, base, head);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("exit-code=1");
        JsonNode sarif = new ObjectMapper().readTree(repo.dir.resolve("claudit-commits.sarif").toFile());
        JsonNode result = sarif.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("hardcoded-credential");
        assertThat(result.at("/properties/commit").asText()).isEqualTo(added);
        assertThat(result.at("/properties/removedIn").asText()).isEqualTo(head);
        assertThat(sarif.at("/runs/0/versionControlProvenance/0/revisionId").asText()).isEqualTo(head);
    }

    @Test
    void aShallowCheckoutIsToldToFetchTheHistory() throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("README.md", "app\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "base");
        String head = repo.git("rev-parse", "HEAD").strip();
        DemoEndToEndTest.Run run = runStep(repo, "0123456789abcdef0123456789abcdef01234567", head);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("::error title=claudit::commit 0123456789abcdef0123456789abcdef01234567 is not in the checkout",
                "fetch-depth: 0");
    }
}
