package dev.claudit.extract.java;

import dev.claudit.facts.ClientConfig;

/**
 * LangChain4j's Anthropic models: {@code AnthropicChatModel.builder().apiKey(..).modelName(..).build()}, streaming too.
 * Spring AI's {@code AnthropicChatModel} has the same simple name and is named this SDK as well.
 */
final class LangChain4jRecognizer implements SdkClientRecognizer {

    @Override
    public ClientConfig.Sdk sdk() {
        return ClientConfig.Sdk.LANGCHAIN4J;
    }

    @Override
    public boolean builds(String type) {
        return type.endsWith("ChatModel") || type.endsWith("StreamingChatModel") || type.endsWith("LanguageModel");
    }
}
