package dev.claudit.extract.docs;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A documentation page's code blocks are read in the language they name, at the page's own lines. */
class DocsExtractorTest {

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
    void aBlockIntroducedAsTheOldWayIsNotReadButOneThatMerelySaysBeforeIs() {
        FileFacts f = extract("docs/migrate.md", """
                **Before (v0.x):**

                ```yaml
                model: claude-2.1
                ```

                - ❌ Wrong

                  ```yaml
                  model: claude-2.0
                  ```

                Enable thinking to see the reasoning before the final answer:

                ```yaml
                model: claude-sonnet-4-6
                ```
                """);
        assertThat(f.settings()).extracting(s -> s.value().render()).containsExactly("claude-sonnet-4-6");
    }

    @Test
    void onlyDocsPagesAreRead() {
        assertThat(DocsExtractor.isDocsPage("docs/Guide.MDX")).isTrue();
        assertThat(DocsExtractor.isDocsPage("docs/modules/ROOT/pages/chat.adoc")).isTrue();
        assertThat(DocsExtractor.isDocsPage("docs/proposals/009-routing/proposal.md")).isFalse();
        assertThat(DocsExtractor.isDocsPage("docs/adr/0004-gateway.md")).isFalse();
        assertThat(DocsExtractor.isDocsPage("CHANGELOG.md")).isFalse();
        assertThat(DocsExtractor.isDocsPage("packages/cli/HISTORY.markdown")).isFalse();
        assertThat(DocsExtractor.isDocsPage("docs/changes-to-models.md")).isTrue();
        assertThat(DocsExtractor.isDocsPage("content/docs/08-migration-guides/26-migration-guide-5-0.mdx")).isFalse();
        assertThat(DocsExtractor.isDocsPage("docs/migration-guide.md")).isFalse();
        assertThat(DocsExtractor.isDocsPage("MIGRATION.md")).isFalse();
        assertThat(DocsExtractor.isDocsPage("docs/UPGRADING.md")).isFalse();
        assertThat(DocsExtractor.isDocsPage("docs/about-claude/model-deprecations.mdx")).isFalse();
        assertThat(DocsExtractor.isDocsPage("docs/guides/upgrade-your-model.md")).isTrue();
        assertThat(extract("notes.txt", "```yaml\nmodel: claude-2.1\n```\n").settings()).isEmpty();
    }

    @Test
    void asciiDocSourceListingsAreReadWithOrWithoutATitle() {
        FileFacts f = extract("docs/pages/chat.adoc", """
                = Chat

                [source,properties]
                ----
                acme.ai.anthropic.model=claude-sonnet-4-6
                ----

                [source, yaml, subs="attributes"]
                .application.yml
                ----
                acme:
                  model: claude-haiku-4-5
                ----

                ----
                model: claude-2.1
                ----
                """);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("acme.ai.anthropic.model", "acme.model");
        assertThat(f.settings()).extracting(s -> s.location().line()).containsExactly(5, 12);
    }

    @Test
    void javaSnippetsOfStatementsOrMembersAreReadAtThePagesColumns() {
        FileFacts f = extract("README.md", """
                ```java
                var client = AnthropicOkHttpClient.fromEnv();
                var params = MessageCreateParams.builder().model("claude-sonnet-4-6").maxTokens(64).build();
                ```

                ```java
                @Bean
                ChatModel chatModel() {
                    return AnthropicChatModel.builder().modelName("claude-haiku-4-5").build();
                }
                ```
                """);
        assertThat(f.literals()).filteredOn(l -> l.text().startsWith("claude-"))
                .extracting(l -> l.text() + "@" + l.location().line() + ":" + l.location().column())
                .containsExactly("claude-sonnet-4-6@3:50", "claude-haiku-4-5@9:51");
        assertThat(f.clients()).isNotEmpty();
    }
}
