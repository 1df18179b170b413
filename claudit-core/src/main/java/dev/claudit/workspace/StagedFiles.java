package dev.claudit.workspace;

import dev.claudit.facts.Notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is about to be committed: the staged blob of every added, copied, modified, renamed or type-changed file in
 * the git index (a symbolic link replaced by a regular file is a type change), with repo-relative paths; deleted files
 * are not there to scan. During a merge, a conflicted (unmerged) file cannot be committed until it is resolved from
 * the working tree, so its working-tree file is scanned, with a notice.
 *
 * <p>It asks the {@code git} command rather than reading the index with JGit's {@code DirCache}, because git honours
 * everything a commit in progress relies on: {@code GIT_INDEX_FILE} (a hook run by {@code git commit -a} or
 * {@code git commit PATH} sees a temporary index), {@code GIT_DIR}, linked worktrees, split and sparse indexes —
 * and git is present wherever a commit is made. Names come from {@code git diff --cached --raw -z} (NUL-separated, so
 * spaces, newlines and non-ASCII names pass unharmed; it works before the first commit) with the blob id of each
 * staged version; contents are read on demand, by blob id, from one long-lived {@code git cat-file --batch}, so the
 * bytes scanned are exactly the staged ones, never the working-tree copy. Close it to end that process.
 */
public final class StagedFiles implements AutoCloseable {


    private final Path top;
    private final Git git;
    private final GitBlobs blobs;

    private StagedFiles(Path top) {
        this.top = top;
        this.git = new Git(top);
        this.blobs = new GitBlobs(git);
    }

    /**
     * The repository that contains {@code cwd}.
     *
     * @throws Git.Failure when git is missing or {@code cwd} is not inside a git work tree
     */
    public static StagedFiles open(Path cwd) throws Git.Failure {
        return new StagedFiles(Git.topLevel(cwd));
    }

    /** The work tree's top directory: reported paths are relative to it. */
    public Path root() {
        return top;
    }

    /**
     * The staged files, restricted to {@code paths} when any are given (files or directories, relative to
     * {@code cwd} or absolute; they need not exist in the working tree).
     *
     * @throws Git.Failure when git fails, e.g. for a path outside the repository
     */
    public Workspace workspace(Path cwd, List<Path> paths) throws Git.Failure {
        List<String> args = new ArrayList<>(List.of("--literal-pathspecs", "diff", "--cached", "--raw", "-z", "--no-abbrev",
                "--diff-filter=ACMRTU", "--"));
        args.addAll(git.pathspecs(cwd, paths));
        byte[] raw = git.run(null, args.toArray(String[]::new));

        List<Entry> entries = parseRaw(raw);
        Map<String, Long> sizes = git.blobSizes(entries.stream().filter(e -> !e.unmerged()).map(Entry::blob).toList());
        List<SourceFile> files = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (Entry e : entries) {
            if (e.unmerged()) {
                conflicted(e.path(), files, notices);
                continue;
            }
            if (e.mode().equals(Git.GITLINK)) continue; // a submodule: its own repository, not a file of this commit
            if (e.mode().equals(Git.SYMLINK)) {
                notices.add(new Notice(e.path(), Notice.Level.NOTE, "symbolic link not followed"));
                continue;
            }
            String blob = e.blob();
            files.add(new SourceFile(e.path(), Workspace.kindOf(e.path()), sizes.getOrDefault(blob, 0L), () -> blobs.read(blob)));
        }
        return new Workspace(top.toString(), files, notices);
    }

    /** A conflicted path: its working-tree file, which is what resolving the conflict will stage. */
    private void conflicted(String path, List<SourceFile> files, List<Notice> notices) {
        Path file = top.resolve(path);
        try {
            java.nio.file.attribute.BasicFileAttributes attrs = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (attrs.isRegularFile()) {
                files.add(new SourceFile(path, Workspace.kindOf(path), attrs.size(), new SourceFile.OnDisk(file)));
                notices.add(new Notice(path, Notice.Level.NOTE, "merge conflict: the working-tree file is scanned"));
                return;
            }
            notices.add(new Notice(path, Notice.Level.WARNING, "merge conflict, and the working-tree file is not a regular file; not scanned"));
        } catch (IOException e) {
            notices.add(new Notice(path, Notice.Level.WARNING, "merge conflict, and the working-tree file cannot be read ("
                    + DirectoryWalker.reason(e) + "); not scanned"));
        }
    }

    /** One staged file: its path, the staged mode and blob id; {@code unmerged} during a merge conflict (no blob). */
    record Entry(String path, String mode, String blob, boolean unmerged) {
        Entry(String path, String mode, String blob) {
            this(path, mode, blob, false);
        }
    }

    /**
     * Parses {@code --raw -z} output: {@code :srcmode dstmode srcsha dstsha STATUS NUL path NUL}, with a second path
     * (the new name) for renames and copies.
     */
    static List<Entry> parseRaw(byte[] raw) {
        List<Entry> out = new ArrayList<>();
        String[] fields = new String(raw, StandardCharsets.UTF_8).split("\0");
        int i = 0;
        while (i < fields.length) {
            String header = fields[i++];
            if (header.isEmpty()) continue;
            if (!header.startsWith(":")) throw new IllegalStateException("unexpected git diff output");
            String[] parts = header.substring(1).split(" ");
            String status = parts[4];
            boolean twoPaths = status.startsWith("R") || status.startsWith("C");
            String path = fields[i++];
            if (twoPaths) path = fields[i++];
            out.add(new Entry(path, parts[1], parts[3], status.startsWith("U")));
        }
        return out;
    }

    @Override
    public void close() {
        blobs.close();
    }
}
