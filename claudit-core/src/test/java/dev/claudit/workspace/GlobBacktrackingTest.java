package dev.claudit.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code exclude:} globs and {@code .gitignore} patterns with many {@code *} made a backtracking matcher take
 * exponential time ({@code *a*a*a*a*a*b} against a 200-character name hung the scan and the pre-commit hook):
 * patterns now run as an NFA, linear in the path. The timeout only guards against a hang.
 */
class GlobBacktrackingTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void manyStarsAgainstALongNameThatAlmostMatchesAnswerAtOnce() {
        String name = "a".repeat(200);
        for (String pattern : List.of("*a*a*a*a*a*b", "*a*a*a*a*a*a*a*a*a*a*a*a*b", "**/*a*a*a*a*a*a*a*a*a*a*b", "/**/a*a*a*a*a*a*a*a*a*b")) {
            IgnoreRules rules = IgnoreRules.parse(List.of(pattern));
            assertThat(rules.checkIgnored(name, false)).as(pattern).isNull();
            assertThat(rules.checkIgnored("x/" + name, false)).as(pattern).isNull();
            assertThat(rules.checkIgnored(name + "b", false)).as(pattern).isTrue();
        }
        String deep = String.join("/", java.util.Collections.nCopies(100, "a"));
        assertThat(IgnoreRules.parse(List.of("**/a/**/a/**/a/**/a/**/a/**/b")).checkIgnored(deep, false)).isNull();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExcludeGlobWithManyStarsDoesNotHangTheScan() {
        String name = "a".repeat(200) + ".env";
        List<SourceFile> files = List.of(new SourceFile(name, dev.claudit.facts.FileKind.ENV, 0, () -> new byte[0]));
        Workspace ws = new Workspace(PathExcludesTest.ROOT.toString(), files, List.of());
        Workspace out = new PathExcludes(PathExcludesTest.ROOT, List.of("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b")).apply(ws);
        assertThat(out.files()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1} dir={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "*.md, a.md, false, true",
            "*.md, docs/a.md, false, true",
            "*.md, a.mdx, false, null",
            "/*.md, docs/a.md, false, null",
            "/*.md, a.md, false, true",
            "docs/*.md, docs/a.md, false, true",
            "docs/*.md, docs/x/a.md, false, null",
            "docs/*.md, sub/docs/a.md, false, null",
            "**/docs/*.md, sub/docs/a.md, false, true",
            "**/docs/*.md, docs/a.md, false, true",
            "a/**/b, a/b, false, true",
            "a/**/b, a/x/y/b, false, true",
            "a/**/b, a/xb, false, null",
            "a/**, a/x/y, false, true",
            "a/**, a, true, null",
            "**, anything/at/all, false, true",
            "build/, build, true, true",
            "build/, build, false, null",
            "build/, src/build, true, true",
            "?.txt, a.txt, false, true",
            "?.txt, ab.txt, false, null",
            "?.txt, /.txt, false, null",
            "[abc].txt, b.txt, false, true",
            "[!abc].txt, b.txt, false, null",
            "[^abc].txt, d.txt, false, true",
            "[a-c]x, bx, false, true",
            "[a-c]x, dx, false, null",
            "[[:digit:]]x, 7x, false, true",
            "[[:digit:]]x, ax, false, null",
            "\\*.txt, *.txt, false, true",
            "\\*.txt, a.txt, false, null",
            "\\#note, #note, false, true",
            "a**b, axyb, false, true",
            "a**b, ax/yb, false, null",
            "'trailing.md   ', trailing.md, false, true",
            "[unclosed, [unclosed, false, true",
            "*, x/y, false, true",
    })
    void gitignoreSemantics(String pattern, String path, boolean dir, Boolean expected) {
        assertThat(IgnoreRules.parse(List.of(pattern)).checkIgnored(path, dir)).isEqualTo(expected);
    }

    @Test
    void theLastMatchingRuleDecidesAndCommentsAreIgnored() {
        IgnoreRules rules = IgnoreRules.parse("# comment\n*.env\n\n!keep.env\r\n");
        assertThat(rules.checkIgnored("a.env", false)).isTrue();
        assertThat(rules.checkIgnored("keep.env", false)).isFalse();
        assertThat(rules.checkIgnored("comment", false)).isNull();
    }
}
