package dev.claudit.extract.java;

import dev.claudit.engine.Pipeline;
import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: Java with a construct javaparser's grammar lacks (a local enum, a string template) lost every rule but
 * the credential scan. Each construct sits in the method that builds a request without {@code anthropic-version},
 * before the request, so the request is only found when the file is read around the construct.
 */
class NewerJavaSyntaxTest {

    private static final String REQUEST = """
                    var builder = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"));
                    return builder.header("x-api-key", System.getenv("ANTHROPIC_API_KEY")).build();
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            local record     | record Point(int x, int y) { Point { if (x < 0) throw new IllegalArgumentException(); } }
            local enum       | enum Tier { FAST("claude-haiku-4-5"), SMART("claude-opus-4-5"); final String id; Tier(String id) { this.id = id; } }
            local interface  | interface Greeter { String hi(); } Greeter g = () -> "hi";
            local sealed     | sealed interface Shape permits Circle {} record Circle(double r) implements Shape {}
            switch patterns  | int n = switch (o) { case String s when s.isEmpty() -> 0; case Integer i -> i; case null, default -> 1; };
            record patterns  | record Box(Object v) {} if (o instanceof Box(String s)) { o = s; } int k = switch (o) { case Box(var v) -> 1; default -> 0; };
            string template  | String greeting = STR."hello \\{o} and \\{String.valueOf(o.hashCode())}";
            unnamed variable | for (String _ : java.util.List.of("a")) { } try { o.wait(); } catch (InterruptedException _) { }
            enum in lambda   | Runnable r = () -> { enum Mode { A, B } System.out.println(Mode.A); };
            switch yield     | int m = switch (o.hashCode()) { case 1: yield 2; default: { int t = 3; yield t; } };
            """)
    void aRequestAfterANewerConstructIsStillJudged(String construct, String statement) throws IOException {
        String source = """
                package com.acme;

                import java.net.URI;
                import java.net.http.HttpRequest;

                class Newer {
                    HttpRequest ask(Object o) throws Exception {
                        %s
                %s    }
                }
                """.formatted(statement, REQUEST);
        ScanResult result = scan("src/main/java/com/acme/Newer.java", source);

        assertThat(result.findings()).as(construct)
                .extracting(f -> f.ruleId() + "@" + f.location().line())
                .containsExactly("missing-version-header@9");
    }

    @Test
    void aLocalEnumKeepsItsModelIdsAndPositions() {
        String source = """
                class Models {
                    String pick(boolean fast) {
                        enum Tier {
                            FAST("claude-3-haiku-20240307"), SMART("claude-opus-4-5");
                            final String id;
                            Tier(String id) { this.id = id; }
                        }
                        return (fast ? Tier.FAST : Tier.SMART).id;
                    }
                }
                """;
        FileFacts facts = new Extraction().extract("src/Models.java", FileKind.JAVA, source);

        assertThat(facts.notices()).isEmpty();
        assertThat(facts.literals()).filteredOn(l -> l.text().startsWith("claude-"))
                .extracting(l -> l.text() + "@" + l.location().line() + ":" + l.location().column())
                .containsExactly("claude-3-haiku-20240307@4:18", "claude-opus-4-5@4:52");
    }

    @Test
    void whatStillDoesNotParseIsSkippedStatementByStatement() throws IOException {
        String source = """
                package com.acme;

                import java.net.URI;
                import java.net.http.HttpRequest;

                class Broken {
                    void broken() {
                        int x = ;
                    }

                    HttpRequest ask() {
                        return HttpRequest.newBuilder(URI.create("https://api.anthropic.ai/v1/messages")).build();
                    }
                }
                """;
        ScanResult result = scan("src/main/java/com/acme/Broken.java", source);

        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.location().line())
                .contains("wrong-host@12");
        assertThat(result.notices()).singleElement()
                .satisfies(n -> assertThat(n.message()).isEqualTo("Java parse error at line 8; read around it"));
    }

    private ScanResult scan(String path, String source) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        var workspace = new DirectoryWalker(false).walk(dir, List.of(dir));
        return new Pipeline(RuleCatalog.load(), RuleData.load()).scan(workspace, Pipeline.Options.defaults(LocalDate.of(2026, 11, 29)), "test");
    }
}
