package dev.claudit.extract.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.LevelFreeParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LevelFreeParser} (javaparser without its language levels, for start-up) gives what {@link JavaParser} gives
 * with the configuration claudit used before it — the newest level, no processors, comments not attributed — on
 * real Java (claudit's own sources, the test data, the accuracy corpus) and on broken Java: the same trees, the
 * same position for every node, the same problems and comments.
 */
class LevelFreeParserTest {

    private static final ParserConfiguration.LanguageLevel NEWEST = Arrays.stream(ParserConfiguration.LanguageLevel.values())
            .filter(l -> !l.name().endsWith("PREVIEW")).reduce((a, b) -> b).orElseThrow();

    private static ParseResult<CompilationUnit> viaJavaParser(String text) {
        ParserConfiguration config = new ParserConfiguration().setLanguageLevel(NEWEST).setAttributeComments(false);
        config.getProcessors().clear();
        return new JavaParser(config).parse(text);
    }

    @Test
    void sameResultsOnRealJava() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("claudit-core/src/main/java", "claudit-core/src/test/java", "testdata", "bench/accuracy", "claudit-cli/src/main/java")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertThat(files).as("the sources this test reads").hasSizeGreaterThan(300);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertSame(file.toString(), text);
        }
    }

    @Test
    void sameResultsOnBrokenJava() {
        List<String> broken = List.of(
                "class A { void m() { int x = ; } }",
                "class A { String s = \"unterminated; }",
                "class A { /* never closed ",
                "package a; import b.*; class A { void m() { foo(; } void n() { bar(); } }",
                "class A { void m() { int m = switch (x) { case 1: yield 2; default: yield 3; }; } }",
                "class A { void m() { for (String _ : xs) {} } }",
                "record R(int a) { R { if (a < 0) throw new X(); } }",
                "",
                "\uFEFFclass A {}",
                "class A { char c = '\\u0041'; String t = \"\"\"\n  text\n  \"\"\"; }",
                "@interface Ann { int v() default 1; } enum E { A, B; } interface I { default void m() {} }");
        for (String text : broken) assertSame(text, text);
    }

    private static void assertSame(String name, String text) {
        ParseResult<CompilationUnit> expected = viaJavaParser(text);
        ParseResult<CompilationUnit> actual = LevelFreeParser.parse(text);
        assertThat(actual.isSuccessful()).as("%s parses as before", name).isEqualTo(expected.isSuccessful());
        assertThat(problems(actual)).as("%s: problems", name).isEqualTo(problems(expected));
        assertThat(actual.getResult().isPresent()).as("%s: a tree", name).isEqualTo(expected.getResult().isPresent());
        assertThat(actual.getCommentsCollection().map(c -> c.size())).as("%s: comments", name)
                .isEqualTo(expected.getCommentsCollection().map(c -> c.size()));
        if (expected.getResult().isEmpty()) return;
        CompilationUnit a = actual.getResult().get();
        CompilationUnit e = expected.getResult().get();
        assertThat(a).as("%s: the tree", name).isEqualTo(e);
        assertThat(ranges(a)).as("%s: every node's position", name).isEqualTo(ranges(e));
    }

    private static List<String> problems(ParseResult<?> r) {
        // message and place: toString() adds the stack trace, whose frames name the parser's callers
        return r.getProblems().stream().map(p -> p.getVerboseMessage() + " " + p.getLocation().flatMap(t -> t.toRange()).map(Object::toString).orElse("")).toList();
    }

    private static List<String> ranges(Node root) {
        List<String> out = new ArrayList<>();
        root.walk(Node.TreeTraversal.PREORDER, n -> out.add(n.getClass().getSimpleName() + n.getRange().map(Object::toString).orElse("-")
                + n.getTokenRange().map(t -> t.getBegin().getText() + ".." + t.getEnd().getText()).orElse("")));
        return out;
    }
}
