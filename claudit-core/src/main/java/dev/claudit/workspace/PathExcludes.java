package dev.claudit.workspace;

import dev.claudit.facts.Notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code exclude:} patterns of a {@code .claudit.yml}: gitignore syntax ({@link IgnoreRules}, linear time), relative to the
 * directory that holds the config file, as a {@code .gitignore} there would be — {@code generated/} anywhere,
 * {@code /docs} only at that directory, {@code **}{@code /*.min.js}, {@code !keep.env} to take one back.
 * A file inside an excluded directory stays excluded, as in git.
 */
public final class PathExcludes {

    private final Path base;
    private final IgnoreRules rules;

    public PathExcludes(Path base, List<String> patterns) {
        this.base = Workspace.realPath(base);
        this.rules = IgnoreRules.parse(patterns);
    }

    /** The workspace without the files (and notices about paths) the patterns exclude. */
    public Workspace apply(Workspace workspace) {
        if (rules.isEmpty()) return workspace;
        Path root = Workspace.realPath(Path.of(workspace.root()));
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : workspace.files()) if (!excludes(root, f.path())) files.add(f);
        List<Notice> notices = new ArrayList<>();
        for (Notice n : workspace.notices()) if (n.path() == null || !excludes(root, n.path())) notices.add(n);
        return new Workspace(workspace.root(), files, notices);
    }

    private boolean excludes(Path root, String path) {
        Path abs = root.resolve(path).normalize();
        if (!abs.startsWith(base) || abs.equals(base)) return false;
        String rel = base.relativize(abs).toString().replace('\\', '/');
        int slash = -1;
        while ((slash = rel.indexOf('/', slash + 1)) > 0) {
            if (Boolean.TRUE.equals(rules.checkIgnored(rel.substring(0, slash), true))) return true;
        }
        return Boolean.TRUE.equals(rules.checkIgnored(rel, false));
    }

}
