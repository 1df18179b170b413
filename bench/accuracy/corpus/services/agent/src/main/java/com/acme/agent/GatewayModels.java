package com.acme.agent;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Models reached through the company's OpenAI-compatible AI gateway, which has its own model names. */
public final class GatewayModels {

    private GatewayModels() {
    }

    public static ChatModel viaGateway(String gatewayToken) {
        return OpenAiChatModel.builder()
                .baseUrl("https://ai-gateway.internal.acme.example/openai/v1")
                .apiKey(gatewayToken)
                .modelName("claude-3-5-sonnet")
                .build();
    }
}
