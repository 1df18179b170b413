package dev.claudit.extract;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code script:} of an {@code actions/github-script} step is JavaScript, located on the workflow's own lines. */
class GithubScriptExtractionTest {

    private static FileFacts extract(String yaml) {
        return new Extraction().extract(".github/workflows/ci.yml", FileKind.YAML, yaml);
    }

    @Test
    void blockScriptIsReadAsJavaScriptAtTheWorkflowsLines() {
        FileFacts f = extract("""
                on: push
                jobs:
                  triage:
                    runs-on: ubuntu-latest
                    steps:
                      - name: ask
                        with:
                          script: |
                            const res = await fetch(`https://api.anthropic.com/v1/messages`, {
                              method: "POST",
                              headers: { "x-api-key": process.env.ANTHROPIC_API_KEY },
                            });
                            console.log(process.env.ANTHROPIC_API_KEY);
                        uses: actions/github-script@v7
                      - run: echo done
                """);
        assertThat(f.calls()).singleElement().satisfies(c -> {
            assertThat(c.api()).isEqualTo(HttpCall.Api.FETCH);
            assertThat(c.location()).isEqualTo(new Location(".github/workflows/ci.yml", 9, 31, 9, 35));
            assertThat(c.headers()).singleElement().satisfies(h -> assertThat(h.location().line()).isEqualTo(11));
        });
        assertThat(f.logs()).singleElement().satisfies(l -> assertThat(l.location().line()).isEqualTo(13));
        assertThat(f.notices()).isEmpty();
    }

    @Test
    void quotedOneLineScriptAndOtherScriptsStayShell() {
        FileFacts f = extract("""
                steps:
                  - uses: actions/github-script@v7
                    with:
                      script: "console.log(process.env.ANTHROPIC_API_KEY)"
                  - uses: actions/checkout@v4
                    with:
                      script: |
                        curl -s https://api.anthropic.com/v1/models -H "x-api-key: $ANTHROPIC_API_KEY"
                """);
        assertThat(f.logs()).singleElement().satisfies(l -> {
            assertThat(l.api()).isEqualTo("console.log");
            assertThat(l.location()).isEqualTo(new Location(".github/workflows/ci.yml", 4, 16, 4, 26));
        });
        assertThat(f.calls()).extracting(HttpCall::api).containsExactly(HttpCall.Api.CURL);
    }
}
