package dev.claudit.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs claudit (these test classes' {@code Main}) as its own process in a chosen working directory, for what depends
 * on where it is started: {@code --staged} from a subdirectory, the default {@code .claudit.yml}, git hooks.
 */
final class ClauditProcess {

    private ClauditProcess() {
    }

    static DemoEndToEndTest.Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", Main.class.getName()));
        command.addAll(List.of(args));
        return exec(dir, command, Map.of());
    }

    /** Runs any command with a clean git environment (no GIT_DIR or GIT_INDEX_FILE leaking in from outside). */
    static DemoEndToEndTest.Run exec(Path dir, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("GIT_"));
        e.put("GIT_CONFIG_NOSYSTEM", "1");
        e.put("GIT_AUTHOR_NAME", "Test");
        e.put("GIT_AUTHOR_EMAIL", "test@example.com");
        e.put("GIT_COMMITTER_NAME", "Test");
        e.put("GIT_COMMITTER_EMAIL", "test@example.com");
        e.put("NO_COLOR", "1");
        e.putAll(env);
        Path out = Files.createTempFile("claudit-out", ".txt");
        Path err = Files.createTempFile("claudit-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new DemoEndToEndTest.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Whether a command runs at all (e.g. {@code git --version}). */
    static boolean available(String... command) {
        try {
            return exec(Path.of("").toAbsolutePath(), List.of(command), Map.of()).exit() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
