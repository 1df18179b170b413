package dev.claudit.rules;

import dev.claudit.rules.ApiConventions.VersionProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Judging {@code anthropic-version} values and recognising Anthropic hosts and misnamed key headers. */
class ApiConventionsTest {

    private final ApiConventions api = RuleData.load().api();

    @Test
    void onlyTheCurrentVersionIsClean() {
        assertThat(api.judgeVersion("2023-06-01")).isEmpty();
        assertThat(api.judgeVersion("2023-01-01")).contains(VersionProblem.DEPRECATED);
        assertThat(api.judgeVersion("2024-10-22")).contains(VersionProblem.INVALID);
        assertThat(api.judgeVersion("latest")).contains(VersionProblem.INVALID);
        assertThat(api.judgeVersion("")).contains(VersionProblem.INVALID);
        assertThat(api.judgeVersion("2023-6-1")).contains(VersionProblem.INVALID);
    }

    @Test
    void whitespaceAroundOrInsideAValidVersionIsItsOwnProblem() {
        assertThat(api.judgeVersion(" 2023-06-01")).contains(VersionProblem.WHITESPACE);
        assertThat(api.judgeVersion("2023-06-01\n")).contains(VersionProblem.WHITESPACE);
        assertThat(api.judgeVersion("2023-06- 01")).contains(VersionProblem.WHITESPACE);
        assertThat(api.judgeVersion("2023-01-01 ")).contains(VersionProblem.WHITESPACE);
    }

    @Test
    void partnerBodyValuesAreNotHeaderValues() {
        assertThat(api.judgeVersion("bedrock-2023-05-31")).contains(VersionProblem.PARTNER);
        assertThat(api.judgeVersion("vertex-2023-10-16")).contains(VersionProblem.PARTNER);
        assertThat(api.judgeVersion(" Bedrock-2023-05-31")).contains(VersionProblem.PARTNER);
    }

    @Test
    void anthropicHostsAreTheAnthropicDomainsAndTheirSubdomains() {
        assertThat(api.isAnthropicHost("api.anthropic.com")).isTrue();
        assertThat(api.isAnthropicHost("docs.anthropic.com")).isTrue();
        assertThat(api.isAnthropicHost("claude.ai")).isTrue();
        assertThat(api.isAnthropicHost("api.anthropic.com.example.org")).isFalse();
        assertThat(api.isAnthropicHost("notanthropic.com")).isFalse();
        assertThat(api.isAnthropicHost("localhost")).isFalse();
    }

    @Test
    void misnamedKeyHeadersCompareCaseInsensitively() {
        assertThat(api.isMisnamedKeyHeader("Anthropic-Api-Key")).isTrue();
        assertThat(api.isMisnamedKeyHeader("apikey")).isTrue();
        assertThat(api.isMisnamedKeyHeader("X-API-KEY")).isFalse();
        assertThat(api.isMisnamedKeyHeader("Authorization")).isFalse();
    }
}
