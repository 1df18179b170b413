package dev.claudit.extract.java;

import dev.claudit.facts.ClientConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claudit.extract.java.JavaSnippet.clients;
import static org.assertj.core.api.Assertions.assertThat;

/** Which SDK an Anthropic client built in code belongs to, and the options it is built with. */
class SdkClientRecognizerTest {

    @Test
    void anthropicsJavaSdk() {
        List<ClientConfig> clients = clients("""
                AnthropicClient fromKey(String key) { return AnthropicOkHttpClient.builder().apiKey(key).build(); }
                AnthropicClient fromEnv() { return AnthropicOkHttpClient.fromEnv(); }
                """);

        assertThat(clients).extracting(ClientConfig::sdk).containsExactly(ClientConfig.Sdk.ANTHROPIC_JAVA, ClientConfig.Sdk.ANTHROPIC_JAVA);
        assertThat(clients.get(0).options()).containsKey("apiKey");
        assertThat(clients.get(1).options().get("fromEnv").render()).isEqualTo("true");
        assertThat(new AnthropicJavaRecognizer().builds("AnthropicOkHttpClientAsync")).isTrue();
        assertThat(new AnthropicJavaRecognizer().builds("AnthropicChatModel")).isFalse();
    }

    @Test
    void langChain4jModels() {
        List<ClientConfig> clients = clients("""
                Object chat(String key) { return AnthropicChatModel.builder().apiKey(key).modelName("claude-sonnet-4-5").build(); }
                Object stream(String key) { return AnthropicStreamingChatModel.builder().apiKey(key).build(); }
                """);

        assertThat(clients).extracting(ClientConfig::sdk).containsExactly(ClientConfig.Sdk.LANGCHAIN4J, ClientConfig.Sdk.LANGCHAIN4J);
        assertThat(clients.get(0).options().get("modelName").render()).isEqualTo("claude-sonnet-4-5");
        assertThat(new LangChain4jRecognizer().builds("AnthropicApi")).isFalse();
    }

    @Test
    void springAisApi() {
        List<ClientConfig> clients = clients("""
                Object constructed(String key) { return new AnthropicApi(key); }
                Object built(String key) { return AnthropicApi.builder().apiKey(key).build(); }
                """);

        assertThat(clients).extracting(ClientConfig::sdk).containsExactly(ClientConfig.Sdk.SPRING_AI, ClientConfig.Sdk.SPRING_AI);
        assertThat(clients.get(0).options()).containsKey("apiKey");
        assertThat(new SpringAiRecognizer().builds("AnthropicChatModel")).isFalse();
    }

    @Test
    void anotherProvidersClientIsNone() {
        assertThat(clients("""
                Object openAi(String key) { return OpenAIOkHttpClient.builder().apiKey(key).build(); }
                Object model(String key) { return OpenAiChatModel.builder().apiKey(key).build(); }
                Object api(String key) { return new OpenAiApi(key); }
                """)).isEmpty();
    }

    @Test
    void anAnthropicTypeNoSdkClaimsIsAnthropicsOwn() {
        assertThat(SdkClientRecognizer.of("AnthropicFoundryBackend")).isEqualTo(ClientConfig.Sdk.ANTHROPIC_JAVA);
        assertThat(SdkClientRecognizer.of("ClaudeClient")).isEqualTo(ClientConfig.Sdk.ANTHROPIC_JAVA);
        assertThat(SdkClientRecognizer.of("AnthropicApi")).isEqualTo(ClientConfig.Sdk.SPRING_AI);
        assertThat(SdkClientRecognizer.of("AnthropicChatModel")).isEqualTo(ClientConfig.Sdk.LANGCHAIN4J);
    }
}
