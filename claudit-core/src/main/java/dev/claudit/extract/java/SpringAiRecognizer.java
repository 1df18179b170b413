package dev.claudit.extract.java;

import dev.claudit.facts.ClientConfig;

/** Spring AI's Anthropic client: {@code AnthropicApi.builder().apiKey(..)} and {@code new AnthropicApi(key)}. */
final class SpringAiRecognizer implements SdkClientRecognizer {

    @Override
    public ClientConfig.Sdk sdk() {
        return ClientConfig.Sdk.SPRING_AI;
    }

    @Override
    public boolean builds(String type) {
        return type.equals("AnthropicApi");
    }
}
