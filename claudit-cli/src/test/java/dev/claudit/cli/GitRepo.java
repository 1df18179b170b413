package dev.claudit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A throwaway git repository for tests, driven with the real git command. */
final class GitRepo {

    final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    static GitRepo init(Path dir) throws IOException, InterruptedException {
        GitRepo repo = new GitRepo(Files.createDirectories(dir));
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    GitRepo write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return this;
    }

    /** Runs git in the repository and fails the test if it fails. */
    String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        DemoEndToEndTest.Run run = ClauditProcess.exec(dir, command, Map.of());
        assertThat(run.exit()).as("git %s: %s", String.join(" ", args), run.err()).isZero();
        return run.out();
    }
}
