package dev.claudit.workspace;

import dev.claudit.facts.Notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the paths given on the command line. Skips {@code .git}, build output and dependency folders (one notice
 * names them), and — inside a git work tree — what {@code .gitignore} files (and {@code .git/info/exclude}) ignore,
 * except files git tracks (added with {@code git add -f}: they are in the repository, so they are scanned),
 * matched in linear time ({@link IgnoreRules}). Symbolic links are not followed; special files are passed over.
 */
public final class DirectoryWalker {

    /** Version control metadata: never scanned. */
    private static final Set<String> VCS_DIRS = Set.of(".git", ".hg", ".svn");
    /** Build output, dependencies and tool state: skipped (one notice names them) unless {@code --no-ignore}. */
    private static final Set<String> BUILT_IN_DIRS = Set.of("target", "node_modules", "build", ".gradle",
            ".idea", "__pycache__", ".venv", ".tox", ".mvn");

    private final boolean useIgnoreFiles;

    public DirectoryWalker(boolean useIgnoreFiles) {
        this.useIgnoreFiles = useIgnoreFiles;
    }

    /**
     * Collects the files under {@code paths}; paths in the result are relative to {@code root}.
     *
     * @throws IllegalArgumentException when a path given does not exist (bad usage)
     */
    public Workspace walk(Path root, List<Path> paths) {
        Path absRoot = root.toAbsolutePath().normalize();
        Map<String, SourceFile> files = new LinkedHashMap<>();
        List<Notice> notices = new ArrayList<>();
        Path gitTop = useIgnoreFiles ? findGitTop(absRoot) : null;
        Tracked tracked = gitTop == null ? null : new Tracked(gitTop);
        Set<String> skippedBuiltIn = new java.util.TreeSet<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
            if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                walkDirectory(absRoot, abs, gitTop, tracked, files, notices, skippedBuiltIn);
            } else {
                addFile(absRoot, abs, files, notices, true);
            }
        }
        if (!skippedBuiltIn.isEmpty()) {
            notices.add(new Notice(".", Notice.Level.NOTE, "folders not scanned (build output, dependencies, tool state): "
                    + String.join(", ", skippedBuiltIn) + "; --no-ignore scans them"));
        }
        if (tracked != null && tracked.failure != null) notices.add(new Notice(".", Notice.Level.WARNING, tracked.failure));
        return new Workspace(absRoot.toString(), new ArrayList<>(files.values()), notices);
    }

    /** The files git tracks under a work tree, asked for once, when some path is ignored. */
    private static final class Tracked {
        private final Path top;
        private Set<String> files;
        private Set<String> dirs;
        String failure;

        Tracked(Path top) {
            this.top = top;
        }

        private void load() {
            if (files != null) return;
            files = new java.util.HashSet<>();
            dirs = new java.util.HashSet<>();
            byte[] out;
            try {
                out = new Git(top).run(null, "ls-files", "-z");
            } catch (Git.Failure e) {
                failure = "git ls-files failed (" + e.getMessage() + "); tracked files that .gitignore matches were not scanned";
                return;
            }
            for (String f : new String(out, java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
                if (f.isEmpty()) continue;
                files.add(f);
                for (int slash = f.lastIndexOf('/'); slash > 0; slash = f.lastIndexOf('/', slash - 1)) {
                    if (!dirs.add(f.substring(0, slash))) break;
                }
            }
        }

        private String rel(Path p) {
            String r = top.relativize(p).toString();
            return java.io.File.separatorChar == '/' ? r : r.replace('\\', '/');
        }

        boolean file(Path p) {
            load();
            return files.contains(rel(p));
        }

        boolean anyUnder(Path dir) {
            load();
            return dirs.contains(rel(dir));
        }
    }

    private void walkDirectory(Path root, Path dir, Path gitTop, Tracked tracked, Map<String, SourceFile> files,
                               List<Notice> notices, Set<String> skippedBuiltIn) {
        Deque<IgnoreFrame> ignores = new ArrayDeque<>();
        // ignored folders walked only for the tracked files in them
        Deque<Path> ignoredDirs = new ArrayDeque<>();
        if (gitTop != null && dir.startsWith(gitTop)) {
            // rules from .git/info/exclude and from .gitignore files above the starting directory apply too
            loadIgnore(root, gitTop.resolve(".git/info/exclude"), gitTop, ignores, notices);
            Path d = gitTop;
            for (Path part : gitTop.relativize(dir)) {
                loadIgnore(root, d.resolve(".gitignore"), d, ignores, notices);
                d = d.resolve(part);
            }
        }
        String rootPrefix = root.toString().endsWith(root.getFileSystem().getSeparator()) ? root.toString()
                : root + root.getFileSystem().getSeparator();
        try {
            Files.walkFileTree(dir, new FileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir)) {
                        String name = d.getFileName().toString();
                        if (VCS_DIRS.contains(name)) return FileVisitResult.SKIP_SUBTREE;
                        boolean builtIn = useIgnoreFiles && BUILT_IN_DIRS.contains(name);
                        if (builtIn) skippedBuiltIn.add(name);
                        if (!ignoredDirs.isEmpty() && !tracked.anyUnder(d)) return FileVisitResult.SKIP_SUBTREE;
                        if (ignoredDirs.isEmpty() && (builtIn || gitTop != null && isIgnored(d, true, ignores))) {
                            if (tracked == null || !d.startsWith(gitTop) || !tracked.anyUnder(d)) return FileVisitResult.SKIP_SUBTREE;
                            ignoredDirs.push(d);
                        }
                    }
                    if (gitTop != null) loadIgnore(root, d.resolve(".gitignore"), d, ignores, notices);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        notices.add(new Notice(rel(root, f), Notice.Level.NOTE, "symbolic link not followed"));
                    } else if (!attrs.isRegularFile()) {
                        notices.add(new Notice(rel(root, f), Notice.Level.NOTE, "not a regular file; skipped"));
                    } else if (gitTop == null || (ignoredDirs.isEmpty() && !isIgnored(f, false, ignores))
                            || f.startsWith(gitTop) && tracked.file(f)) {
                        // the walk's attributes are the file's own (links are not followed): no second stat
                        String rel = relUnder(rootPrefix, root, f);
                        if (FileNames.notUtf8(f)) notices.add(new Notice(rel, Notice.Level.NOTE,
                                "file name is not UTF-8; its other bytes are shown as \\xNN"));
                        SourceFile.OnDisk disk = new SourceFile.OnDisk(f);
                        SourceFile before = files.putIfAbsent(rel, new SourceFile(rel, Workspace.kindOf(rel), attrs.size(), disk));
                        if (before != null && !before.content().equals(disk)) {
                            notices.add(new Notice(rel, Notice.Level.WARNING, "another file is shown under the same name; this one not scanned"));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    notices.add(new Notice(rel(root, f), Notice.Level.WARNING, "cannot read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) notices.add(new Notice(rel(root, d), Notice.Level.WARNING, "cannot list directory: " + reason(e)));
                    if (!ignores.isEmpty() && ignores.peek().dir.equals(d)) ignores.pop();
                    if (!ignoredDirs.isEmpty() && ignoredDirs.peek().equals(d)) ignoredDirs.pop();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            notices.add(new Notice(rel(root, dir), Notice.Level.WARNING, "cannot walk: " + reason(e)));
        }
    }

    private static void addFile(Path root, Path f, Map<String, SourceFile> files, List<Notice> notices, boolean explicit) {
        String rel = rel(root, f);
        try {
            BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink() && !explicit) {
                notices.add(new Notice(rel, Notice.Level.NOTE, "symbolic link not followed"));
                return;
            }
            Path target = attrs.isSymbolicLink() ? f.toRealPath() : f;
            BasicFileAttributes real = Files.readAttributes(target, BasicFileAttributes.class);
            if (!real.isRegularFile()) {
                notices.add(new Notice(rel, Notice.Level.NOTE, "not a regular file; skipped"));
                return;
            }
            files.putIfAbsent(rel, new SourceFile(rel, Workspace.kindOf(rel), real.size(), new SourceFile.OnDisk(target)));
        } catch (IOException e) {
            notices.add(new Notice(rel, Notice.Level.WARNING, "cannot read: " + reason(e)));
        }
    }

    /** The largest file a Java array can hold; bigger ones are passed over rather than failing the whole scan. */
    private static final long MAX_READABLE = Integer.MAX_VALUE - 8;

    /**
     * Reads a file that must still be a regular file when it is opened: one swapped for a FIFO after the walk
     * would block the scan forever (a tiny window remains between this check and the open).
     */
    public static byte[] readRegularFile(Path file) throws IOException {
        checkRegularFile(file);
        return FileStreams.readAll(file);
    }

    /** Fails unless {@code file} is (still) a regular file of a size a Java array can hold; call it before opening. */
    static void checkRegularFile(Path file) throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!now.isRegularFile()) throw new Unreadable(file, "no longer a regular file");
        if (now.size() > MAX_READABLE) throw new Unreadable(file, "too large to read (over 2 GB)");
    }

    /** The largest file claudit reads for itself ({@code .gitignore}, {@code .claudit.yml}, a baseline): 16 MiB. */
    public static final int MAX_OWN_FILE = 16 << 20;

    /**
     * Reads a file claudit reads for itself (ignore rules, config, baseline): never through a symbolic link (a
     * committed {@code .gitignore} linking to {@code /proc/self/pagemap} must not be read), only a regular file,
     * at most {@link #MAX_OWN_FILE} bytes, checked just before it is opened.
     *
     * @throws IOException whose {@link #reason} says why, e.g. {@code symbolic link not followed}
     */
    public static byte[] readOwnFile(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) throw new Unreadable(file, "symbolic link not followed");
        if (!attrs.isRegularFile()) throw new Unreadable(file, "not a regular file");
        if (attrs.size() > MAX_OWN_FILE) throw new Unreadable(file, "larger than 16 MiB");
        try (InputStream in = FileStreams.open(file)) { // java.io: see FileStreams
            byte[] b = in.readNBytes(MAX_OWN_FILE + 1);
            if (b.length > MAX_OWN_FILE) throw new Unreadable(file, "larger than 16 MiB");
            return b;
        }
    }

    /** A file the scan passes over for a reason of its own, not the operating system's. */
    private static final class Unreadable extends IOException {
        private final String reason;

        Unreadable(Path file, String reason) {
            super(file + ": " + reason);
            this.reason = reason;
        }
    }

    /** Why a file could not be read, in a few words that never quote the file. */
    public static String reason(IOException e) {
        if (e instanceof Unreadable u) return u.reason;
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no longer exists";
        // the operating system's words ("File name too long", "Too many levels of symbolic links")
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return Character.toLowerCase(f.getReason().charAt(0)) + f.getReason().substring(1);
        }
        return e.getClass().getSimpleName();
    }

    /** {@link #rel} for a path the walk built under the absolute, normalised root: a substring, not four Path operations. */
    private static String relUnder(String rootPrefix, Path root, Path f) {
        String s = f.toString();
        if (FileNames.lossy(s)) return rel(root, f);
        if (!s.startsWith(rootPrefix) || s.contains("/./") || s.contains("/../")) return rel(root, f);
        s = s.substring(rootPrefix.length());
        return java.io.File.separatorChar == '/' ? s : s.replace('\\', '/');
    }

    static String rel(Path root, Path f) {
        Path abs = f.toAbsolutePath().normalize();
        if (FileNames.lossy(abs.toString())) {
            // the string lost bytes of the name (locale, or not UTF-8): read the name again from its bytes
            String faithful = FileNames.relative(root, abs);
            if (faithful != null) return faithful;
            String fromRoot = FileNames.relative(abs.getRoot(), abs);
            return fromRoot != null ? "/" + fromRoot : abs.toString();
        }
        Path r = abs.startsWith(root) ? root.relativize(abs) : abs;
        String s = r.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** A .gitignore's rules and the directory they are relative to (with its separator, for cheap prefix tests). */
    private record IgnoreFrame(Path dir, String prefix, IgnoreRules node) {
        IgnoreFrame(Path dir, IgnoreRules node) {
            this(dir, dir.toString().endsWith(dir.getFileSystem().getSeparator()) ? dir.toString()
                    : dir + dir.getFileSystem().getSeparator(), node);
        }
    }

    /** Loads a {@code .gitignore} or {@code .git/info/exclude}; one that is a link, special or huge is a notice. */
    private static void loadIgnore(Path root, Path file, Path dir, Deque<IgnoreFrame> ignores, List<Notice> notices) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return;
        IgnoreRules node;
        try {
            node = IgnoreRules.parse(new String(readOwnFile(file), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            notices.add(new Notice(rel(root, file), Notice.Level.WARNING, "ignore file not read: " + reason(e) + "; its patterns are not used"));
            return;
        }
        if (!node.isEmpty()) ignores.push(new IgnoreFrame(dir, node));
    }

    /** Git semantics: the deepest .gitignore that has an opinion wins. */
    private static boolean isIgnored(Path p, boolean isDir, Deque<IgnoreFrame> ignores) {
        String path = p.toString();
        for (IgnoreFrame frame : ignores) {
            // the walk's paths are absolute and normalised, like the frames' directories: strings compare as paths
            if (!path.startsWith(frame.prefix)) continue;
            String rel = path.substring(frame.prefix.length());
            if (java.io.File.separatorChar != '/') rel = rel.replace('\\', '/');
            if (rel.isEmpty()) continue;
            Boolean r = frame.node.checkIgnored(rel, isDir);
            if (r != null) return r;
        }
        return false;
    }

    /** The nearest directory at or above {@code start} holding {@code .git} (a git work tree's top level), or null. */
    public static Path findGitTop(Path start) {
        for (Path d = start; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) return d;
        }
        return null;
    }
}
