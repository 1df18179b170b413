package dev.claudit.workspace;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Notice;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code exclude:} patterns behave like a {@code .gitignore} in the config file's directory. */
class PathExcludesTest {

    static final Path ROOT = Path.of("/nonexistent/repo");

    static List<String> kept(Path base, List<String> patterns, String... paths) {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (String p : paths) files.add(new SourceFile(p, FileKind.TEXT, 0, () -> new byte[0]));
        Workspace ws = new Workspace(ROOT.toString(), files, List.of(new Notice("testdata/bin.dat", Notice.Level.NOTE, "binary file; skipped")));
        Workspace out = new PathExcludes(base, patterns).apply(ws);
        if (patterns.contains("testdata/")) assertThat(out.notices()).isEmpty();
        return out.files().stream().map(SourceFile::path).toList();
    }

    @Test
    void gitignoreSemanticsRelativeToTheConfigDirectory() {
        List<String> patterns = List.of("testdata/", "/docs/*.md", "**/*.min.js", "!docs/keep.md", "!testdata/keep.env");
        assertThat(kept(ROOT, patterns,
                "testdata/a.env", "src/testdata/b.env", "testdata/keep.env",
                "docs/a.md", "docs/keep.md", "docs/deeper/b.md", "sub/docs/c.md",
                "web/app.min.js", "app.min.js", "web/app.js"))
                .containsExactly("docs/keep.md", "docs/deeper/b.md", "sub/docs/c.md", "web/app.js");
    }

    @Test
    void filesOutsideTheConfigDirectoryAreNotExcluded() {
        assertThat(kept(ROOT.resolve("service"), List.of("*.env"), "service/.env", "other/.env", "service/x/prod.env"))
                .containsExactly("other/.env");
    }

    @Test
    void noPatternsKeepEverything() {
        assertThat(kept(ROOT, List.of(), "a", "b/c")).containsExactly("a", "b/c");
    }
}
