package dev.claudit.extract.shell;

import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
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

class ShellExtractorTest {

    static FileFacts extract(String text) throws UnparsableText {
        FactSink sink = new FactSink("run.sh", FileKind.SHELL);
        new ShellExtractor().extract("run.sh", text, sink);
        return sink.toFacts();
    }

    static Location loc(int line, int col, int endLine, int endCol) {
        return new Location("run.sh", line, col, endLine, endCol);
    }

    @Test
    void curlAcrossContinuationsHasItsUrlHeadersAndPositions() throws Exception {
        FileFacts f = extract("""
                #!/bin/sh
                # call the API: curl https://example.com is only a comment
                curl -sS https://api.anthropic.com/v1/messages \\
                  -H "x-api-key: $ANTHROPIC_API_KEY" \\
                  -H 'anthropic-version: 2023-06-01' \\
                  -H "content-type: application/json" \\
                  -d '{"model": "claude-sonnet-4-5", "max_tokens": 64}'
                """);
        assertThat(f.calls()).hasSize(1);
        HttpCall call = f.calls().get(0);
        assertThat(call.api()).isEqualTo(HttpCall.Api.CURL);
        assertThat(call.headersComplete()).isTrue();
        assertThat(call.baseOnly()).isFalse();
        assertThat(call.location()).isEqualTo(loc(3, 1, 3, 4));
        assertThat(call.url()).isEqualTo(new Value.Literal("https://api.anthropic.com/v1/messages", loc(3, 10, 3, 46)));
        assertThat(call.headers()).extracting(Header::nameText).containsExactly("x-api-key", "anthropic-version", "content-type");
        Header key = call.headers().get(0);
        assertThat(key.location()).isEqualTo(loc(4, 6, 4, 36));
        assertThat(key.value()).isEqualTo(new Value.Reference(Value.Source.ENV, "ANTHROPIC_API_KEY", null, loc(4, 18, 4, 35)));
        assertThat(call.header("anthropic-version").orElseThrow().value().knownText()).contains("2023-06-01");
        assertThat(f.literals()).extracting(Value.Literal::text)
                .contains("https://api.anthropic.com/v1/messages", "anthropic-version: 2023-06-01")
                .noneMatch(t -> t.contains("example.com"));
    }

    @Test
    void bearerBasicAndOauthOptionsBecomeAuthorizationHeaders() throws Exception {
        FileFacts f = extract("""
                curl --url https://api.anthropic.com/v1/models -H "Authorization: Bearer ${ANTHROPIC_API_KEY}"
                curl -u "user:$PASS" https://example.com/a
                curl --oauth2-bearer "$ANTHROPIC_AUTH_TOKEN" https://api.anthropic.com/v1/models
                """);
        assertThat(f.calls()).hasSize(3);
        Value bearer = f.calls().get(0).header("authorization").orElseThrow().value();
        assertThat(bearer.knownPrefix()).isEqualTo("Bearer ");
        assertThat(bearer.references()).extracting(Value.Reference::name).containsExactly("ANTHROPIC_API_KEY");
        assertThat(f.calls().get(0).url().knownText()).contains("https://api.anthropic.com/v1/models");
        assertThat(f.calls().get(1).header("Authorization").orElseThrow().value().knownPrefix()).isEqualTo("Basic user:");
        Header oauth = f.calls().get(2).header("Authorization").orElseThrow();
        assertThat(oauth.value().knownPrefix()).isEqualTo("Bearer ");
        assertThat(oauth.value().references()).extracting(Value.Reference::name).containsExactly("ANTHROPIC_AUTH_TOKEN");
        assertThat(oauth.location()).isEqualTo(loc(3, 22, 3, 44));
    }

    @Test
    void headersAreIncompleteWhenTheyMayComeFromElsewhere() throws Exception {
        FileFacts f = extract("""
                curl -K ~/.anthropic.curlrc https://api.anthropic.com/v1/models
                curl -H @headers.txt https://api.anthropic.com/v1/models
                curl $CURL_OPTS https://api.anthropic.com/v1/models
                curl "${EXTRA[@]}" https://api.anthropic.com/v1/models
                curl -H "$AUTH_HEADER" https://api.anthropic.com/v1/models
                curl -H "x-api-key: $K" -H "anthropic-version: 2023-06-01" https://api.anthropic.com/v1/models
                """);
        assertThat(f.calls()).extracting(HttpCall::headersComplete).containsExactly(false, false, false, false, false, true);
        assertThat(f.calls()).allSatisfy(c -> assertThat(c.url().knownText()).contains("https://api.anthropic.com/v1/models"));
    }

    @Test
    void shortOptionClustersAttachedValuesAndNextGroups() throws Exception {
        FileFacts f = extract("""
                curl -sSLXPOST -H"x-api-key:$KEY" -o out.json https://api.anthropic.com/v1/messages -: -sH 'anthropic-version: 2023-06-01' https://api.anthropic.com/v1/models -- -weird-url
                """);
        assertThat(f.calls()).extracting(c -> c.url().render())
                .containsExactly("https://api.anthropic.com/v1/messages", "https://api.anthropic.com/v1/models", "-weird-url");
        assertThat(f.calls().get(0).headers()).extracting(Header::nameText).containsExactly("x-api-key");
        assertThat(f.calls().get(0).headers().get(0).value()).isInstanceOf(Value.Reference.class);
        assertThat(f.calls().get(1).headers()).extracting(Header::nameText).containsExactly("anthropic-version");
    }

    @Test
    void assignmentsAreSettingsAndResolveLaterUrls() throws Exception {
        FileFacts f = extract("""
                export ANTHROPIC_BASE_URL="https://api.anthropic.ai"
                BASE=https://api.anthropic.com
                readonly KEY="$ANTHROPIC_API_KEY" MODEL=claude-sonnet-4-5
                curl "$BASE/v1/models" -H "x-api-key: $KEY"
                """);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("ANTHROPIC_BASE_URL", "BASE", "KEY", "MODEL");
        Setting base = f.settings().get(0);
        assertThat(base.origin()).isEqualTo(Setting.Origin.SHELL);
        assertThat(base.style()).isEqualTo(Setting.Style.QUOTED);
        assertThat(base.location()).isEqualTo(loc(1, 8, 1, 25));
        assertThat(base.value().knownText()).contains("https://api.anthropic.ai");
        assertThat(f.settings().get(2).value()).isInstanceOf(Value.Reference.class);
        HttpCall call = f.calls().get(0);
        assertThat(call.url().knownText()).contains("https://api.anthropic.com/v1/models");
        assertThat(call.header("x-api-key").orElseThrow().value().references())
                .extracting(Value.Reference::name).containsExactly("ANTHROPIC_API_KEY");
        assertThat(f.literals()).extracting(Value.Literal::text).contains("https://api.anthropic.ai", "https://api.anthropic.com");
    }

    @Test
    void githubExpressionsAreSecretsEvenInSingleQuotes() throws Exception {
        FileFacts f = extract("""
                curl https://api.anthropic.com/v1/models -H 'x-api-key: ${{ secrets.ANTHROPIC_API_KEY }}' -H x-other:${{ env.OTHER }}
                """);
        HttpCall call = f.calls().get(0);
        assertThat(call.header("x-api-key").orElseThrow().value())
                .isEqualTo(new Value.Reference(Value.Source.SECRET, "ANTHROPIC_API_KEY", null, loc(1, 57, 1, 88)));
        assertThat(call.header("x-other").orElseThrow().value()).isInstanceOf(Value.Reference.class);
    }

    @Test
    void heredocBodiesCommentsAndStringsAreNotCommands() throws Exception {
        FileFacts f = extract("""
                cat <<EOF > request.sh
                curl https://api.anthropic.com/v1/messages
                EOF
                cat <<-'END'
                \tcurl https://api.anthropic.com/v1/models
                \tEND
                echo "curl https://api.anthropic.com/v1/complete" # curl https://x
                echo a#b; curl https://api.anthropic.com/v1/files 2>&1 >/dev/null
                """);
        assertThat(f.calls()).extracting(c -> c.url().render()).containsExactly("https://api.anthropic.com/v1/files");
        assertThat(f.calls().get(0).location()).isEqualTo(loc(8, 11, 8, 14));
    }

    @Test
    void curlInsideSubstitutionsConditionsWrappersAndShDashC() throws Exception {
        FileFacts f = extract("""
                RESP=$(curl -s https://api.anthropic.com/v1/models -H "x-api-key: $ANTHROPIC_API_KEY")
                if ! sudo -E curl -f https://api.anthropic.com/v1/models; then exit 1; fi
                sh -c 'curl https://api.anthropic.com/v1/messages'
                """);
        assertThat(f.calls()).extracting(c -> c.location().line()).containsExactly(1, 2, 3);
        assertThat(f.calls().get(0).location()).isEqualTo(loc(1, 8, 1, 11));
        assertThat(f.calls().get(2).location()).isEqualTo(loc(3, 8, 3, 11));
        assertThat(f.calls().get(2).url().location()).isEqualTo(loc(3, 13, 3, 49));
        assertThat(f.settings()).extracting(Setting::key).containsExactly("RESP");
    }

    @Test
    void crlfLinesAndDefaultsKeepPositions() throws Exception {
        FileFacts f = extract("X=1\r\ncurl \\\r\n  \"${ANTHROPIC_BASE_URL:-https://api.anthropic.ai}/v1/models\"\r\n");
        HttpCall call = f.calls().get(0);
        assertThat(call.location()).isEqualTo(loc(2, 1, 2, 4));
        assertThat(call.url().location()).isEqualTo(loc(3, 3, 3, 61));
        assertThat(call.url().references().get(0).fallback()).isEqualTo("https://api.anthropic.ai");
        assertThat(f.literals()).extracting(Value.Literal::text).contains("https://api.anthropic.ai");
    }

    @Test
    void anUnclosedQuoteIsRejectedWithItsLineButNotItsContent() {
        assertThatThrownBy(() -> extract("echo ok\ncurl -H \"x-api-key: sk-ant-api03-secret https://api.anthropic.com\n"))
                .isInstanceOf(UnparsableText.class)
                .hasMessage("shell unterminated double quote at line 2")
                .hasMessageNotContaining("sk-ant");
    }

    @Test
    void embeddedScriptsMapBackToTheirLinesAndIndentation() {
        String yaml = """
                jobs:
                  call:
                    steps:
                      - run: |
                          echo start
                          curl https://api.anthropic.com/v1/messages \\
                            -H "Authorization: Bearer $ANTHROPIC_API_KEY"
                """;
        String script = "echo start\ncurl https://api.anthropic.com/v1/messages \\\n  -H \"Authorization: Bearer $ANTHROPIC_API_KEY\"\n";
        FactSink sink = new FactSink("ci.yml", FileKind.YAML);
        ShellExtractor.readEmbedded(script, 5, 1, yaml, new LineIndex("ci.yml", yaml), sink);
        FileFacts f = sink.toFacts();
        HttpCall call = f.calls().get(0);
        assertThat(call.location()).isEqualTo(new Location("ci.yml", 6, 11, 6, 14));
        assertThat(call.header("Authorization").orElseThrow().location()).isEqualTo(new Location("ci.yml", 7, 16, 7, 57));
    }

    @Test
    void workflowRunScalarsInEveryStyleAreReadThroughExtraction() {
        String yaml = """
                jobs:
                  a:
                    steps:
                      - run: >
                          curl https://api.anthropic.com/v1/models
                          -H "x-api-key: $K"
                      - run: "curl -H \\"anthropic-version: 2023-06-01\\" https://api.anthropic.com/v1/messages"
                      - run: curl https://api.anthropic.com/v1/files
                """;
        FileFacts f = new dev.claudit.extract.Extraction().extract("ci.yml", FileKind.YAML, yaml);
        assertThat(f.notices()).isEmpty();
        assertThat(f.calls()).extracting(HttpCall::location).containsExactly(
                new Location("ci.yml", 5, 11, 5, 14), new Location("ci.yml", 7, 15, 7, 18), new Location("ci.yml", 8, 14, 8, 17));
        assertThat(f.calls().get(0).header("x-api-key").orElseThrow().location()).isEqualTo(new Location("ci.yml", 6, 14, 6, 28));
        assertThat(f.calls().get(1).url().location()).isEqualTo(new Location("ci.yml", 7, 57, 7, 93));
        assertThat(f.literals()).extracting(l -> l.location().line()).doesNotContain(4);
    }

    @Test
    void envWrappersAnsiQuotesAndSubstitutionsAreWordsNotArguments() throws Exception {
        FileFacts f = extract("""
                env -u HOME LANG=C curl https://api.anthropic.com/v1/models -H $'x-api-key:\\t'"$K" -H "x-request-id: `uuidgen`"
                """);
        HttpCall call = f.calls().get(0);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("LANG");
        assertThat(call.header("x-api-key").orElseThrow().value().references()).extracting(Value.Reference::name).containsExactly("K");
        assertThat(call.header("x-request-id").orElseThrow().value()).isInstanceOf(Value.Unknown.class);
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void anEmbeddedScriptThatDoesNotLexBecomesANotice() {
        String yaml = "steps:\n  - run: echo 'unclosed\n";
        FactSink sink = new FactSink("ci.yml", FileKind.YAML);
        ShellExtractor.readEmbedded("echo 'unclosed", 2, 10, yaml, new LineIndex("ci.yml", yaml), sink);
        FileFacts f = sink.toFacts();
        assertThat(f.notices()).singleElement().satisfies(n -> assertThat(n.message()).contains("line 2").doesNotContain("unclosed"));
    }
}
