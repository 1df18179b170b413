package dev.claudit.extract.docker;

import dev.claudit.extract.FactSink;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DockerfileExtractorTest {

    static FileFacts extract(String text) throws UnparsableText {
        FactSink sink = new FactSink("Dockerfile", FileKind.DOCKERFILE);
        new DockerfileExtractor().extract("Dockerfile", text, sink);
        return sink.toFacts();
    }

    static Location loc(int line, int col, int endLine, int endCol) {
        return new Location("Dockerfile", line, col, endLine, endCol);
    }

    static final String DOCKERFILE = """
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            ARG ANTHROPIC_BASE=https://api.anthropic.com
            ENV NEXT_PUBLIC_ANTHROPIC_API_KEY=placeholder \\
                MODEL="claude sonnet"
            ENV LEGACY_KEY some value here
            ENV MESSAGES=${ANTHROPIC_BASE}/v1/messages
            RUN apk add curl \\
            # a comment inside the continuation
             && curl -fsS "$ANTHROPIC_BASE/v1/models" \\
                  -H "Authorization: Bearer $ANTHROPIC_API_KEY"
            HEALTHCHECK --interval=30s CMD ["curl", "-f", "-H", "x-api-key: x", "https://api.anthropic.com/v1/models"]
            CMD ["sh", "-c", "curl -H \\"anthropic-version: 2023-06-01\\" https://api.anthropic.com/v1/messages"]
            RUN <<EOF
            set -e
            curl https://api.anthropic.com/v1/files
            EOF
            COPY <<EOF /etc/motd
            curl https://not-a-command.example
            EOF
            """;

    @Test
    void envAndArgAreSettingsInEveryForm() throws Exception {
        FileFacts f = extract(DOCKERFILE);
        assertThat(f.settings()).extracting(Setting::key)
                .containsExactly("ANTHROPIC_BASE", "NEXT_PUBLIC_ANTHROPIC_API_KEY", "MODEL", "LEGACY_KEY", "MESSAGES");
        assertThat(f.settings()).allSatisfy(s -> assertThat(s.origin()).isEqualTo(Setting.Origin.DOCKERFILE));
        assertThat(f.settings().get(0).location()).isEqualTo(loc(3, 5, 3, 18));
        assertThat(f.settings().get(1).location()).isEqualTo(loc(4, 5, 4, 33));
        Setting model = f.settings().get(2);
        assertThat(model.location()).isEqualTo(loc(5, 5, 5, 9));
        assertThat(model.style()).isEqualTo(Setting.Style.QUOTED);
        assertThat(model.value().knownText()).contains("claude sonnet");
        Setting legacy = f.settings().get(3);
        assertThat(legacy.value()).isEqualTo(new Value.Literal("some value here", loc(6, 16, 6, 30)));
        assertThat(f.settings().get(4).value().knownText()).as("ARG values resolve in later ENV").contains("https://api.anthropic.com/v1/messages");
    }

    @Test
    void runCommandsInShellExecAndHeredocFormAreRead() throws Exception {
        FileFacts f = extract(DOCKERFILE);
        assertThat(f.calls()).extracting(c -> c.url().knownText().orElse("?")).containsExactly(
                "https://api.anthropic.com/v1/models", "https://api.anthropic.com/v1/models",
                "https://api.anthropic.com/v1/messages", "https://api.anthropic.com/v1/files");
        assertThat(f.calls()).allSatisfy(c -> assertThat(c.api()).isEqualTo(HttpCall.Api.CURL));

        HttpCall run = f.calls().get(0);
        assertThat(run.location()).isEqualTo(loc(10, 5, 10, 8));
        Header auth = run.header("Authorization").orElseThrow();
        assertThat(auth.location()).isEqualTo(loc(11, 10, 11, 51));
        assertThat(auth.value().references()).extracting(Value.Reference::name).containsExactly("ANTHROPIC_API_KEY");

        HttpCall health = f.calls().get(1);
        assertThat(health.location()).isEqualTo(loc(12, 34, 12, 37));
        assertThat(health.headers()).extracting(Header::nameText).containsExactly("x-api-key");

        HttpCall cmd = f.calls().get(2);
        assertThat(cmd.location()).isEqualTo(loc(13, 19, 13, 22));
        assertThat(cmd.header("anthropic-version").orElseThrow().value().knownText()).contains("2023-06-01");
        assertThat(cmd.url().location()).isEqualTo(loc(13, 61, 13, 97));

        assertThat(f.calls().get(3).location()).isEqualTo(loc(16, 1, 16, 4));
    }

    @Test
    void backtickEscapeAndNonPosixShells() throws Exception {
        FileFacts f = extract("""
                # escape=`
                FROM mcr.microsoft.com/windows/servercore
                ENV A=1 `
                    B=2
                RUN curl https://api.anthropic.com/v1/models `
                    -H "x-api-key: $K"
                SHELL ["powershell", "-Command"]
                RUN curl.exe https://api.anthropic.com/v1/messages
                """);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("A", "B");
        assertThat(f.calls()).singleElement().satisfies(c -> {
            assertThat(c.location().line()).isEqualTo(5);
            assertThat(c.header("x-api-key").orElseThrow().location().line()).isEqualTo(6);
        });
    }

    @Test
    void aShellErrorInOneRunIsANoticeAndTheRestIsRead() throws Exception {
        FileFacts f = extract("""
                RUN echo "unclosed
                ENV ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}
                """);
        assertThat(f.notices()).singleElement().satisfies(n -> assertThat(n.message()).contains("line 1").doesNotContain("unclosed"));
        assertThat(f.settings()).singleElement().satisfies(s -> assertThat(s.value()).isInstanceOf(Value.Reference.class));
    }

    @Test
    void anUnterminatedHereDocumentRejectsTheFile() {
        assertThatThrownBy(() -> extract("FROM alpine\nRUN <<EOF\ncurl https://api.anthropic.com/v1/models\n"))
                .isInstanceOf(UnparsableText.class)
                .hasMessage("Dockerfile here-document not terminated at line 2");
    }

    @Test
    void quotedHereStringMarkersAreNotHereDocuments() throws Exception {
        FileFacts f = extract("""
                RUN echo "a <<b" && cat <<<"x" && curl https://api.anthropic.com/v1/models
                ENV K=v
                """);
        assertThat(f.calls()).hasSize(1);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("K");
    }
}
