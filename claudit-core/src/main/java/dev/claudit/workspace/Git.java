package dev.claudit.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the {@code git} command in a directory, always as an argument list (never through a shell), with colour and
 * pagers off. Git's own stderr becomes the message of {@link Failure}, so a user sees what git said.
 */
public final class Git {

    /** The tree-entry mode of a submodule (a commit of another repository) and of a symbolic link. */
    static final String GITLINK = "160000";
    static final String SYMLINK = "120000";

    private final Path dir;

    public Git(Path dir) {
        this.dir = dir;
    }

    /**
     * The top directory of the git work tree that contains {@code cwd}.
     *
     * @throws Failure when git is missing or {@code cwd} is not inside a git work tree
     */
    static Path topLevel(Path cwd) throws Failure {
        String top = new Git(cwd).text("rev-parse", "--show-toplevel");
        if (top.isEmpty()) throw new Failure("not inside a git work tree");
        return Path.of(top);
    }

    /**
     * Paths as literal pathspecs relative to this directory, the work tree's top (git runs there); a path that is
     * the top itself means everything (an empty list).
     *
     * @throws Failure for a path outside the repository
     */
    List<String> pathspecs(Path cwd, List<Path> paths) throws Failure {
        Path realTop = Workspace.realPath(dir);
        Path realCwd = Workspace.realPath(cwd);
        Set<String> specs = new LinkedHashSet<>();
        for (Path p : paths) {
            Path abs = realCwd.resolve(p).normalize();
            if (Files.exists(abs)) abs = Workspace.realPath(abs);
            if (!abs.startsWith(realTop)) throw new Failure(p + " is outside the repository at " + dir);
            String rel = realTop.relativize(abs).toString().replace('\\', '/');
            if (rel.isEmpty()) return List.of();
            specs.add(rel);
        }
        return new ArrayList<>(specs);
    }

    /** Every blob's size in bytes, by id, from one {@code cat-file --batch-check}; ids that are not blobs are left out. */
    Map<String, Long> blobSizes(Collection<String> ids) throws Failure {
        Map<String, Long> sizes = new HashMap<>();
        if (ids.isEmpty()) return sizes;
        StringBuilder in = new StringBuilder(ids.size() * 41);
        for (String id : ids) in.append(id).append('\n');
        String out = new String(run(in.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch-check"),
                StandardCharsets.US_ASCII);
        for (String line : out.split("\n")) {
            String[] p = line.split(" ");
            if (p.length == 3 && p[1].equals("blob")) sizes.put(p[0], Long.parseLong(p[2]));
        }
        return sizes;
    }

    /** Git could not be run or answered with an error; the message is one line fit for the user. */
    public static final class Failure extends Exception {
        public Failure(String message) {
            super(message);
        }
    }

    /** Runs {@code git args...} and returns its stdout as UTF-8 text without the final newline. */
    public String text(String... args) throws Failure {
        String out = new String(run(null, args), StandardCharsets.UTF_8);
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    /** Runs {@code git args...} with {@code stdin} (may be null) and returns its stdout. */
    public byte[] run(byte[] stdin, String... args) throws Failure {
        Process p = launch(false, args);
        // stdin is written and stderr drained on their own threads, so a large answer cannot deadlock on a full pipe
        CompletableFuture<Void> writer = background(() -> {
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) in.write(stdin);
            } catch (IOException e) {
                // git exited early; its exit status and stderr say why
            }
            return null;
        });
        CompletableFuture<byte[]> err = background(() -> readAll(p.getErrorStream()));
        byte[] out = readAll(p.getInputStream());
        int status;
        try {
            status = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while running git");
        }
        writer.join();
        if (status != 0) throw new Failure(firstLine(err.join(), "git " + args[0] + " failed with status " + status));
        return out;
    }

    /** Starts {@code git args...} for a caller that talks to it itself (e.g. {@code cat-file --batch}); stderr is discarded. */
    public Process start(String... args) throws Failure {
        return launch(true, args);
    }

    private Process launch(boolean discardErrors, String... args) throws Failure {
        List<String> command = new ArrayList<>(List.of("git", "-c", "color.ui=false", "-c", "core.quotepath=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (discardErrors) pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_PAGER", "cat");
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0"); // reading must never take the index lock a commit holds
        try {
            return pb.start();
        } catch (IOException e) {
            throw new Failure("git is not installed or not on PATH");
        }
    }

    /** On a thread of its own: the common pool may have a single thread, and these tasks block. */
    private static <T> CompletableFuture<T> background(java.util.function.Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "claudit-git-io");
        t.setDaemon(true);
        t.start();
        return result;
    }

    static String firstLine(byte[] stderr, String fallback) {
        for (String line : new String(stderr, StandardCharsets.UTF_8).split("\n")) {
            String l = line.strip();
            if (l.startsWith("fatal: ")) l = l.substring("fatal: ".length());
            if (!l.isEmpty()) return l;
        }
        return fallback;
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
