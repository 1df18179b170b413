package com.acme.agent;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;

import java.time.Duration;

/** The chat models the agent uses; LangChain4j adds x-api-key and anthropic-version itself. */
public final class AgentModels {

    private AgentModels() {
    }

    public static ChatModel planner(AgentSettings settings) {
        return AnthropicChatModel.builder()
                .apiKey(settings.apiKey())
                .baseUrl("https://api.anthropic.com/v1/")
                .modelName(settings.plannerModel())
                .maxTokens(2048)
                .timeout(Duration.ofSeconds(90))
                .build();
    }

    public static ChatModel summarizer(String apiKey) {
        return AnthropicChatModel.builder()
                .apiKey(apiKey)
                .modelName("claude-3-5-haiku-20241022")
                .maxTokens(512)
                .build();
    }

    public static AnthropicStreamingChatModel streaming(String apiKey) {
        return AnthropicStreamingChatModel.builder()
                .apiKey(apiKey)
                .modelName("claude-3.7-sonnet")
                .version("2023-06-01")
                .build();
    }

    public static ChatModel critic(String apiKey) {
        return AnthropicChatModel.builder()
                .apiKey(apiKey)
                .modelName("claude-sonnet-4-6")
                .version("2023-01-06")
                .build();
    }
}
