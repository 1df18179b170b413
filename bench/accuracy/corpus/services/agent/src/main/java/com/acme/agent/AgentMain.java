package com.acme.agent;

import dev.langchain4j.model.chat.ChatModel;

public final class AgentMain {

    private AgentMain() {
    }

    public static void main(String[] args) {
        String apiKey = System.getenv("ANTHROPIC_API_KEY");
        if (apiKey == null) {
            System.err.println("ANTHROPIC_API_KEY is not set");
            System.exit(2);
        }
        System.out.println("Starting agent, key length " + apiKey.length());
        ChatModel model = AgentModels.summarizer(apiKey);
        System.out.println(model.chat("Say hello"));
    }
}
