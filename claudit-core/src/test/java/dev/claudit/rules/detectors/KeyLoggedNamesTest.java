package dev.claudit.rules.detectors;

import dev.claudit.rules.KeyNames;
import dev.claudit.rules.RuleData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How key-logged reads names and names-only hints of printed values. */
class KeyLoggedNamesTest {

    private final KeyNames names = new KeyNames(RuleData.load());

    @ParameterizedTest
    @ValueSource(strings = {"apiKey", "ANTHROPIC_API_KEY", "anthropic.api-key", "claudeKey", "anthropicApiKey", "API_KEY"})
    void namesOfTheKeyItself(String name) {
        assertThat(KeyLogged.namesKey(name, names)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apiKeyLength", "API_KEY_ENV", "apiKeyName", "hasApiKey", "isApiKeySet", "maskedApiKey",
            "apiKeyHash", "apiKeyPrefix", "API_KEY_HEADER", "key", "model", "apiKeyService", "e"})
    void namesAboutTheKeyButNotTheKey(String name) {
        assertThat(KeyLogged.namesKey(name, names)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"config.getApiKey()", "props.apiKey()", "settings.getAnthropicApiKey().trim()", "apiKey.toString()"})
    void hintsThatPrintTheKey(String hint) {
        assertThat(KeyLogged.printedName(hint, names)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apiKey.substring()", "apiKey.length()", "apiKey.isEmpty()", "mask()", "maskApiKey()",
            "Redactor.redact()", "DigestUtils.sha256Hex()", "config.getApiKey().length()", "new ApiKey", "", "getenv"})
    void hintsOfDerivedValues(String hint) {
        assertThat(KeyLogged.printedName(hint, names)).isEmpty();
    }

    /** Regression: a weather tool's key printed in an example was reported as the Anthropic key. */
    @ParameterizedTest
    @ValueSource(strings = {"weatherApiKey", "OPENWEATHER_API_KEY", "SERP_API_KEY", "stripeApiKey", "tavily.api-key"})
    void namesOfAnotherServicesKey(String name) {
        assertThat(KeyLogged.namesAnotherService(name, names)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apiKey", "API_KEY", "defaultApiKey", "PROD_API_KEY", "ANTHROPIC_API_KEY", "claudeKey", "llmApiKey",
            "anthropic.api-key", "apiKey2"})
    void namesOfNoOtherService(String name) {
        assertThat(KeyLogged.namesAnotherService(name, names)).isFalse();
    }
}
