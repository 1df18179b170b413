package dev.claudit.extract.java;

import dev.claudit.facts.ClientConfig;

/** Anthropic's Java SDK: {@code AnthropicOkHttpClient.builder().apiKey(..)}, {@code AnthropicOkHttpClient.fromEnv()}. */
final class AnthropicJavaRecognizer implements SdkClientRecognizer {

    static final ClientConfig.Sdk SDK = ClientConfig.Sdk.ANTHROPIC_JAVA;

    @Override
    public ClientConfig.Sdk sdk() {
        return SDK;
    }

    @Override
    public boolean builds(String type) {
        return type.startsWith("AnthropicOkHttpClient") || type.equals("AnthropicClient") || type.startsWith("AnthropicBackend");
    }
}
