package dev.claudit.extract.java;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What javaparser is asked for: the tree, not its opinion of the Java version. */
class JavaParsingTest {

    /** Regression: files with Java 22's unnamed variables were "Java parse error; scanned for credentials only". */
    @Test
    void javaNewerThanTheValidatorsKnowIsStillRead() {
        String source = """
                package com.acme;

                import java.net.URI;
                import java.net.http.HttpRequest;

                class Newer {
                    int kind(Object o) {
                        return switch (o) {
                            case String s -> { yield s.length(); }
                            default -> 0;
                        };
                    }

                    HttpRequest ask(java.util.List<String> xs) {
                        for (String _ : xs) { }
                        var builder = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"));
                        return builder.header("x-api-key", System.getenv("ANTHROPIC_API_KEY")).build();
                    }
                }
                """;
        FileFacts facts = new Extraction().extract("src/Newer.java", FileKind.JAVA, source);
        assertThat(facts.notices()).isEmpty();
        assertThat(facts.calls()).singleElement().satisfies(c -> assertThat(c.url().render()).isEqualTo("https://api.anthropic.com/v1/messages"));
    }

    @Test
    void aSyntaxErrorIsStillOne() {
        FileFacts facts = new Extraction().extract("src/Broken.java", FileKind.JAVA, "class Broken { void m( { }\n");
        assertThat(facts.notices()).singleElement().satisfies(n -> assertThat(n.message()).startsWith("Java parse error at line 1"));
    }
}
