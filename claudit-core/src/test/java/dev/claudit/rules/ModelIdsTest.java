package dev.claudit.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding Claude model ids in text and telling well-formed ids from malformed ones. */
class ModelIdsTest {

    private static List<String> ids(String text) {
        return ModelIds.find(text).stream().map(ModelIds.Token::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anthropic.claude-3-opus-20240229-v1:0",
            "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
            "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
            "claude-3-opus@20240229",
            "publishers/anthropic/models/claude-3-5-sonnet@20240620:rawPredict",
            "anthropic/claude-3.7-sonnet",
            "openrouter/anthropic/claude-3-opus",
            "fixtures/claude-3-opus-20240229.json",
            "claude-3-opus-20240229.json",
            "cache-claude-3-opus-20240229",
            "myclaude-3-opus-20240229",
            "com.acme.claude",
            "$claude-3-opus",
            "Claude",
    })
    void platformIdsFileNamesAndLongerWordsAreNotModelIds(String text) {
        assertThat(ids(text)).isEmpty();
    }

    @Test
    void idsStandingOnTheirOwnAreFound() {
        assertThat(ids("claude-3-opus-20240229")).containsExactly("claude-3-opus-20240229");
        assertThat(ids("{\"model\":\"claude-3-haiku-20240307\",\"max_tokens\":64}")).containsExactly("claude-3-haiku-20240307");
        assertThat(ids("We moved off claude-2.1.")).containsExactly("claude-2.1");
        assertThat(ids("${MODEL:-claude-instant-1.2}")).containsExactly("claude-instant-1.2");
        assertThat(ids("a=claude-opus-4-0, b=claude-sonnet-4-0")).containsExactly("claude-opus-4-0", "claude-sonnet-4-0");
    }

    @Test
    void wholeLiteralsAndModelMembersAreMarked() {
        ModelIds.Token whole = ModelIds.find(" claude-3.5-sonnet ").get(0);
        assertThat(whole.whole()).isTrue();
        assertThat(whole.modelContext()).isFalse();

        ModelIds.Token member = ModelIds.find("{\"model\": \"claude-sonnet\", \"max_tokens\": 1}").get(0);
        assertThat(member.whole()).isFalse();
        assertThat(member.modelContext()).isTrue();

        assertThat(ModelIds.find("default_model: claude-opus").get(0).modelContext()).isTrue();
        assertThat(ModelIds.find("claude --model claude-3-opus -p hi").get(0).modelContext()).isTrue();
        assertThat(ModelIds.find("Compared with claude-3.5-sonnet, it is faster").get(0))
                .extracting(ModelIds.Token::whole, ModelIds.Token::modelContext).containsExactly(false, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // legacy ids carry dots legitimately
            "claude-1.3", "claude-instant-1.2", "claude-2.1", "claude-2", "claude-1.3-100k",
            // Claude 3: version, family, date or latest
            "claude-3-opus-20240229", "claude-3-5-sonnet-20241022", "claude-3-7-sonnet-latest", "claude-3-haiku-20240307",
            // Claude 4 and later: family first, optional minor and date
            "claude-sonnet-4-20250514", "claude-opus-4-1-20250805", "claude-sonnet-4-5", "claude-haiku-4-5-20251001",
            "claude-opus-4-8", "claude-opus-5", "claude-sonnet-4",
            // unknown but well-formed
            "claude-fable-5-2", "claude-mythos-5-1", "claude-3-fable-20250101",
            // not model ids at all
            "claude-code", "claude-desktop", "claude-api-key", "CLAUDE_API_KEY", "claude-v1", "claude-3-opus-20240229-v1",
    })
    void wellFormedIdsAndNonModelStringsHaveNoProblem(String id) {
        assertThat(ModelIds.problem(id)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "claude-3.5-sonnet       | true  | claude-3-5-sonnet",
            "claude-3.7-sonnet       | true  | claude-3-7-sonnet",
            "claude-sonnet-4.5       | true  | claude-sonnet-4-5",
            "claude-haiku-4.5-20251001 | true | claude-haiku-4-5-20251001",
            "claude-4-opus-20250514  | true  | claude-opus-4-20250514",
            "claude-4-5-sonnet       | true  | claude-sonnet-4-5",
            "claude-sonnet-3-5-20241022 | true | claude-3-5-sonnet-20241022",
            "claude3-opus            | true  | claude-3-opus",
            "claude-opus4-5          | true  | claude-opus-4-5",
            "claude-3opus-20240229   | true  | claude-3-opus-20240229",
            "claude-sonet-4-6        | true  | claude-sonnet-4-6",
            "claude-3-opus-2024-02-29 | true | claude-3-opus-20240229",
            "claude-3-sonnet         | false | claude-3-sonnet",
            "claude-3-5-haiku        | false | claude-3-5-haiku",
            "claude-sonnet           | false | claude-sonnet",
            "claude-opus-latest      | false | claude-opus-latest",
            "claude-instant          | false | claude-instant",
            "claude-4                | false | claude-4",
            "claude3                 | false | claude-3",
            "Claude-Sonnet-4-5       | false | claude-sonnet-4-5",
            "claude_haiku_4_5        | false | claude-haiku-4-5",
    })
    void malformedIdsAreReportedWithTheirStrength(String id, boolean standalone, String normalized) {
        ModelIds.Problem p = ModelIds.problem(id).orElseThrow();
        assertThat(p.standalone()).as("standalone for %s: %s", id, p.reason()).isEqualTo(standalone);
        assertThat(p.normalized()).isEqualTo(normalized);
    }

    @Test
    void wrongOrderSuggestsTheRightOrder() {
        assertThat(ModelIds.problem("claude-4-opus-20250514").orElseThrow().suggestion()).isEqualTo("claude-opus-4-20250514");
        assertThat(ModelIds.problem("claude-4-5-sonnet").orElseThrow().suggestion()).isEqualTo("claude-sonnet-4-5");
        assertThat(ModelIds.problem("claude-sonnet-3-5-20241022").orElseThrow().suggestion()).isEqualTo("claude-3-5-sonnet-20241022");
        assertThat(ModelIds.problem("claude-sonnet-3-7").orElseThrow().suggestion()).isNull();
        assertThat(ModelIds.problem("claude-sonnet-4.5").orElseThrow().suggestion()).isEqualTo("claude-sonnet-4-5");
    }

    @Test
    void misspellingNeedsToBeCloseToAFamily() {
        assertThat(ModelIds.distance("sonet", "sonnet")).isEqualTo(1);
        assertThat(ModelIds.problem("claude-opal-5")).isEmpty();
        assertThat(ModelIds.problem("claude-haiky-4-5")).isPresent();
    }
}
