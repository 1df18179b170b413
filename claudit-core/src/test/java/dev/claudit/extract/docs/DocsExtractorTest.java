package dev.claudit.extract.markdown;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Markdown page's fenced code blocks are read in the language their fence names, at the page's own lines. */
class MarkdownExtractorTest {

    private static FileFacts extract(String path, String page) {
        return new Extraction().extract(path, FileKind.TEXT, page);
    }

    @Test
    void tildeFencesBraceInfoStringsAndLongerFencesAreRead() {
        FileFacts f = extract("docs/setup.md", """
                ~~~{.yaml}
                model: claude-sonnet-4-6
                ~~~

                ````yaml title="config.yml"
                text: |
                  ```
                anthropic_model: claude-haiku-4-5
                ````
                """);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("model", "text", "anthropic_model");
        assertThat(f.settings()).extracting(s -> s.location().line()).containsExactly(2, 6, 8);
    }

    @Test
    void unlabeledUnclosedAndUnrelatedBlocksAreNotRead() {
        FileFacts f = extract("README.md", """
                ```
                model: claude-2.1
                ```

                ```yaml
                name: build
                ```

                ```python
                client = anthropic.Anthropic(model="claude-2.1")
                ```

                ```yaml
                model: claude-2.0
                """);
        assertThat(f.settings()).isEmpty();
        assertThat(f.literals()).isEmpty();
    }

    @Test
    void aBlockThatDoesNotParseIsPassedOverWithoutANotice() {
        FileFacts f = extract("docs/api.md", """
                ```json
                {"model": "claude-sonnet-4-6", ...}
                ```

                ```json
                {"model": "claude-haiku-4-5"}
                ```
                """);
        assertThat(f.notices()).isEmpty();
        assertThat(f.literals()).extracting(Value.Literal::text).contains("claude-haiku-4-5").doesNotContain("claude-sonnet-4-6");
    }

    @Test
    void onlyMarkdownPagesAreRead() {
        assertThat(MarkdownExtractor.isMarkdown("docs/Guide.MDX")).isTrue();
        assertThat(extract("notes.txt", "```yaml\nmodel: claude-2.1\n```\n").settings()).isEmpty();
    }
}
