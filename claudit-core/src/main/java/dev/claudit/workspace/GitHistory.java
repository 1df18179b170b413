package dev.claudit.workspace;

import dev.claudit.facts.Notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blobs of git history ({@code scan --history}, {@code --commits A..B}): every distinct blob the commits of some
 * revisions introduce, each once, with the first commit that introduced it, that commit's date and the path it was
 * written at. One {@code git log --raw} lists them (oldest first, parents before children; a merge contributes what
 * it changes against its first parent, so a blob written only by a merge is there too); one
 * {@code git cat-file --batch-check} gives their sizes and one long-lived {@code git cat-file --batch} their bytes,
 * read on demand. The log also keeps every change to every path, so that a finding can be told apart as still in the
 * tip or removed, and by which commit. Close it to end the {@code cat-file} process.
 */
public final class GitHistory implements AutoCloseable {

    private static final String NO_BLOB = "0000000000000000000000000000000000000000";

    private final Path top;
    private final Git git;
    private final GitBlobs blobs;

    private GitHistory(Path top) {
        this.top = top;
        this.git = new Git(top);
        this.blobs = new GitBlobs(git);
    }

    /**
     * The repository that contains {@code cwd}.
     *
     * @throws Git.Failure when git is missing or {@code cwd} is not inside a git work tree
     */
    public static GitHistory open(Path cwd) throws Git.Failure {
        return new GitHistory(Git.topLevel(cwd));
    }

    /** The work tree's top directory: reported paths are relative to it. */
    public Path root() {
        return top;
    }

    /**
     * One distinct blob and where it first appeared.
     *
     * @param id     the blob id
     * @param path   the path it was first written at
     * @param commit the first commit (in log order) that wrote it
     * @param date   that commit's author date, ISO 8601
     * @param size   its size in bytes
     * @param order  its commit's position in the log, oldest first
     */
    public record Blob(String id, String path, String commit, String date, long size, int order) {
    }

    /** A commit's change to one path: the blob it wrote there, or null when it deleted the path. */
    record Change(int order, String commit, String blob) {
    }

    /** One scanned history: its blobs, every change per path, and the tip's tree. */
    public static final class Log {
        private final List<Blob> blobs;
        private final Map<String, List<Change>> changes;
        private final Map<String, String> tipTree;
        private final String tip;
        private final int commits;
        private final List<Notice> notices;

        Log(List<Blob> blobs, Map<String, List<Change>> changes, Map<String, String> tipTree, String tip, int commits,
            List<Notice> notices) {
            this.blobs = List.copyOf(blobs);
            this.changes = changes;
            this.tipTree = tipTree;
            this.tip = tip;
            this.commits = commits;
            this.notices = List.copyOf(notices);
        }

        /** Every distinct blob, in the order its first commit appears in the log. */
        public List<Blob> blobs() {
            return blobs;
        }

        /** The full id of the commit findings are judged present or removed at; null when there is none. */
        public String tip() {
            return tip;
        }

        /** How many commits the log walked. */
        public int commits() {
            return commits;
        }

        /**
         * Whether the tip still has something found in {@code holders} (blobs at {@code path}), and if not, the first
         * commit after {@code since} (a log position) that wrote {@code path} without it — a blob not among
         * {@code holders}, or a deletion; null when none did (it lives on another branch only).
         */
        public Removal removal(String path, Set<String> holders, int since) {
            if (tip != null && holders.contains(tipTree.get(path))) return new Removal(true, null);
            for (Change c : changes.getOrDefault(path, List.of())) {
                if (c.order() > since && (c.blob() == null || !holders.contains(c.blob()))) return new Removal(false, c.commit());
            }
            return new Removal(false, null);
        }
    }

    /** Whether the tip still has a finding, and otherwise the commit that removed it (null when unknown). */
    public record Removal(boolean inTip, String removedIn) {
    }

    /**
     * The history of {@code revisions} (arguments to {@code git log}: revisions, ranges such as {@code A..B}, or
     * {@code --all}), restricted to {@code pathspecs} (relative to the top) when any are given; findings are judged
     * present or removed at {@code tip} (a revision; null for none).
     *
     * @throws Git.Failure when git fails, e.g. for an unknown revision
     */
    public Log log(List<String> revisions, String tip, List<String> pathspecs) throws Git.Failure {
        List<String> args = new ArrayList<>(List.of("--literal-pathspecs", "log", "--raw", "-z", "--no-renames", "--no-abbrev",
                "--root", "--reverse", "--topo-order", "--diff-merges=first-parent", "--no-ext-diff", "--no-textconv",
                "--format=%x01%H %aI"));
        for (String r : revisions) {
            // a revision is never an option: "--output=x" or "--exec" from a pull request's branch name must not reach git
            if (r.startsWith("-") && !r.equals("--all")) throw new Git.Failure("not a revision: " + r);
        }
        args.addAll(revisions);
        args.add("--");
        args.addAll(pathspecs);
        byte[] raw = git.run(null, args.toArray(String[]::new));

        Map<String, Blob> firstSeen = new LinkedHashMap<>();
        Map<String, List<Change>> changes = new HashMap<>();
        List<Notice> notices = new ArrayList<>();
        String[] fields = new String(raw, StandardCharsets.UTF_8).split("\0");
        String commit = null;
        String date = null;
        int order = -1;
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            while (field.startsWith("\n")) field = field.substring(1);
            if (field.isEmpty()) continue;
            if (field.charAt(0) == '\u0001') {
                String[] p = field.substring(1).split(" ", 2);
                commit = p[0];
                date = p.length > 1 ? p[1].strip() : "";
                order++;
                continue;
            }
            if (field.charAt(0) != ':' || commit == null || i + 1 >= fields.length) throw new Git.Failure("unexpected git log output");
            String[] parts = field.substring(1).split(" ");
            String path = fields[++i];
            String mode = parts[1];
            String blob = parts[3];
            boolean deleted = parts[4].startsWith("D") || blob.equals(NO_BLOB);
            changes.computeIfAbsent(path, k -> new ArrayList<>()).add(new Change(order, commit, deleted ? null : blob));
            if (deleted || mode.equals(Git.GITLINK) || firstSeen.containsKey(blob)) continue;
            if (mode.equals(Git.SYMLINK)) continue; // a link's target is a path, not content
            firstSeen.put(blob, new Blob(blob, path, commit, date, 0, order));
        }
        Map<String, Long> sizes = git.blobSizes(firstSeen.keySet());
        List<Blob> out = new ArrayList<>(firstSeen.size());
        for (Blob b : firstSeen.values()) {
            out.add(new Blob(b.id(), b.path(), b.commit(), b.date(), sizes.getOrDefault(b.id(), 0L), b.order()));
        }
        String tipId = tip == null ? null : resolve(tip);
        return new Log(out, changes, tipId == null ? Map.of() : tree(tipId), tipId, order + 1, notices);
    }

    /** Paths as literal pathspecs relative to the top (git runs there); the top itself means everything. */
    public List<String> pathspecs(Path cwd, List<Path> paths) throws Git.Failure {
        return git.pathspecs(cwd, paths);
    }

    /**
     * The repository's {@code origin} as a URI without user name, password, query or fragment (a token in a clone
     * URL must never reach a report); scp-like {@code git@host:path} becomes {@code ssh://host/path}. Without a
     * usable remote, the work tree's {@code file:} URI.
     */
    public String repositoryUri() {
        String url;
        try {
            url = git.text("config", "--get", "remote.origin.url").strip();
        } catch (Git.Failure e) {
            url = "";
        }
        java.util.regex.Matcher scp = java.util.regex.Pattern.compile("(?:[^@/:]+@)?([^/:]+):(?!//)(.+)").matcher(url);
        try {
            if (url.contains("://")) {
                java.net.URI u = new java.net.URI(url);
                if (u.getHost() != null && u.getScheme() != null) {
                    return new java.net.URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
                }
            } else if (scp.matches()) {
                return new java.net.URI("ssh", scp.group(1), "/" + scp.group(2), null).toString();
            }
        } catch (java.net.URISyntaxException e) {
            // not a URL we can clean: fall back to the work tree
        }
        return top.toUri().toString();
    }

    /** The commit a revision names, or null when it names none (a repository without commits has no HEAD). */
    private String resolve(String revision) throws Git.Failure {
        if (revision.startsWith("-")) throw new Git.Failure("not a revision: " + revision);
        try {
            String id = git.text("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
            return id.isEmpty() ? null : id;
        } catch (Git.Failure e) {
            return null;
        }
    }

    /** Path to blob id for every file in a commit's tree. */
    private Map<String, String> tree(String commit) throws Git.Failure {
        Map<String, String> out = new HashMap<>();
        byte[] raw = git.run(null, "ls-tree", "-r", "-z", "--full-tree", commit);
        for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) continue;
            String[] p = entry.substring(0, tab).split(" ");
            if (p.length == 3 && p[1].equals("blob")) out.put(entry.substring(tab + 1), p[2]);
        }
        return out;
    }

    /**
     * The log's blobs as files to scan: each at the path it was first written at (so its kind is that path's), read
     * from git when the scan asks. Many files may share a path.
     */
    public Workspace workspace(Log log) {
        List<SourceFile> files = new ArrayList<>(log.blobs().size());
        for (Blob b : log.blobs()) files.add(new SourceFile(b.path(), Workspace.kindOf(b.path()), b.size(), new Content(b, blobs)));
        return new Workspace(top.toString(), files, log.notices);
    }

    /** The blob a file of {@link #workspace(Log)} holds. */
    public static Blob blobOf(SourceFile file) {
        return file.content() instanceof Content c ? c.blob() : null;
    }

    /** A blob's bytes, read through the shared {@code cat-file --batch}, or streamed when too large to hold. */
    private record Content(Blob blob, GitBlobs reader) implements SourceFile.ContentSource {
        @Override
        public byte[] read() throws IOException {
            return reader.read(blob.id());
        }

        @Override
        public InputStream open() throws IOException {
            return reader.open(blob.id());
        }
    }

    @Override
    public void close() {
        blobs.close();
    }
}
