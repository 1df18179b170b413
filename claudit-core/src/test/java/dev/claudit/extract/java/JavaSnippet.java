package dev.claudit.extract.java;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Small hand-written Java for the recognizer tests: class members in, the requests and clients read from them out. */
final class JavaSnippet {

    private JavaSnippet() {
    }

    /** The facts of {@code class Snippet { <members> }} in package {@code com.acme}. */
    static FileFacts facts(String members) {
        String source = "package com.acme;\n\nclass Snippet {\n" + members + "\n}\n";
        return new Extraction().extract("src/main/java/com/acme/Snippet.java", FileKind.JAVA, source);
    }

    static List<HttpCall> calls(String members) {
        return facts(members).calls();
    }

    /** The one request or header set the members build. */
    static HttpCall call(String members) {
        List<HttpCall> calls = calls(members);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    static List<ClientConfig> clients(String members) {
        return facts(members).clients();
    }

    /** {@code name: value} per header, values rendered ({@code <?>} for what is not known). */
    static String headers(HttpCall call) {
        return call.headers().stream().map(JavaSnippet::header).collect(Collectors.joining(", "));
    }

    private static String header(Header h) {
        return h.nameText() + ": " + h.value().render();
    }
}
