package dev.claudit.facts;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Anthropic wire literals are written once, in the facts layer: the {@code sk-ant-} mark in {@link CredentialToken},
 * the header names in {@link AnthropicHeaders}. A copy elsewhere in main code is how a rename or a typo leaves one
 * check behind, so this test reads every string literal and text block of the main sources (javadoc and comments
 * may name them) and fails on a copy outside its home. Tests keep literals where they document input.
 */
class WireLiteralsTest {

    /** A literal that may be written only in {@code home} (a path under {@code src/main/java}). */
    record Home(String home, String what, Predicate<String> matches) {
    }

    private static final Set<String> HEADER_NAMES = Set.of(AnthropicHeaders.API_KEY, AnthropicHeaders.VERSION,
            AnthropicHeaders.BETA, AnthropicHeaders.BROWSER_ACCESS, AnthropicHeaders.PREFIX);

    static final List<Home> HOMES = List.of(
            new Home("dev/claudit/facts/CredentialToken.java", "the credential mark " + CredentialToken.MARK,
                    s -> s.contains(CredentialToken.MARK)),
            new Home("dev/claudit/facts/AnthropicHeaders.java", "an Anthropic header name",
                    s -> HEADER_NAMES.contains(s.trim().toLowerCase(Locale.ROOT))));

    @Test
    void eachWireLiteralIsWrittenOnlyInItsHome() throws IOException {
        Map<String, String> sources = mainSources();
        assertThat(sources).as("main sources found").hasSizeGreaterThan(100)
                .containsKeys(HOMES.stream().map(Home::home).toArray(String[]::new));
        assertThat(misplaced(sources)).isEmpty();
        for (Home h : HOMES) {
            assertThat(literals(sources.get(h.home()))).as("%s is defined in %s", h.what(), h.home()).anyMatch(h.matches());
        }
    }

    @Test
    void aCopyOutsideItsHomeIsCaughtButAMentionInACommentIsNot() {
        String copy = """
                package dev.claudit.rules;
                /** Finds {@code sk-ant-} keys and the {@code x-api-key} header. */
                class Copy {
                    static final String MARK = "sk-ant-";
                    boolean key(String h) { return h.equalsIgnoreCase("X-Api-Key"); } // not "anthropic-version"
                    String msg = "has no `x-api-key` header";
                    String block = \"""
                        sk-ant-api03-…
                        \""";
                }
                """;
        assertThat(misplaced(Map.of("dev/claudit/rules/Copy.java", copy))).containsExactly(
                "dev/claudit/rules/Copy.java:4: the credential mark sk-ant- (its home is dev/claudit/facts/CredentialToken.java)",
                "dev/claudit/rules/Copy.java:5: an Anthropic header name (its home is dev/claudit/facts/AnthropicHeaders.java)",
                "dev/claudit/rules/Copy.java:7: the credential mark sk-ant- (its home is dev/claudit/facts/CredentialToken.java)");
        assertThat(misplaced(Map.of("dev/claudit/facts/CredentialToken.java", copy.replace("X-Api-Key", "")))).isEmpty();
    }

    /** Each literal found outside its home, as {@code path:line: what (its home is ...)}. */
    static List<String> misplaced(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(sources).forEach((path, text) -> {
            CompilationUnit unit = parse(path, text);
            List<Literal> found = new ArrayList<>();
            unit.findAll(StringLiteralExpr.class).forEach(l -> found.add(new Literal(l.asString(), line(l))));
            unit.findAll(TextBlockLiteralExpr.class).forEach(l -> found.add(new Literal(l.asString(), line(l))));
            found.sort(java.util.Comparator.comparingInt(Literal::line));
            for (Literal l : found) {
                for (Home h : HOMES) {
                    if (!path.equals(h.home()) && h.matches().test(l.text())) {
                        out.add(path + ":" + l.line() + ": " + h.what() + " (its home is " + h.home() + ")");
                    }
                }
            }
        });
        return out;
    }

    private record Literal(String text, int line) {
    }

    private static int line(com.github.javaparser.ast.Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }

    private static List<String> literals(String text) {
        CompilationUnit unit = parse("home", text);
        List<String> out = new ArrayList<>();
        unit.findAll(StringLiteralExpr.class).forEach(l -> out.add(l.asString()));
        return out;
    }

    private static CompilationUnit parse(String path, String text) {
        var result = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
                .parse(text);
        assertThat(result.getResult()).as("%s parses", path).isPresent();
        assertThat(result.getProblems()).as("%s parses", path).isEmpty();
        return result.getResult().get();
    }

    /**
     * Every main source of the build, by its path under {@code src/main/java}: this module's and, in a multi-module
     * build (the test runs in a module directory whose parent has a {@code pom.xml}), every sibling module's.
     */
    static Map<String, String> mainSources() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && Files.exists(root.getParent().resolve("pom.xml"))) root = root.getParent();
        List<Path> sourceRoots = new ArrayList<>();
        sourceRoots.add(root.resolve("src/main/java"));
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(m -> Files.exists(m.resolve("pom.xml"))).forEach(m -> sourceRoots.add(m.resolve("src/main/java")));
        }
        Map<String, String> out = new TreeMap<>();
        for (Path src : sourceRoots) {
            if (!Files.isDirectory(src)) continue;
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    out.put(src.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                }
            }
        }
        return out;
    }
}
