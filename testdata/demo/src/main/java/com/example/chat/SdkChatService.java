package com.example.chat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Model;
import org.springframework.stereotype.Service;

/** The recommended way: the official SDK reads ANTHROPIC_API_KEY and sets every header itself. */
@Service
public class SdkChatService {

    private final AnthropicClient client = AnthropicOkHttpClient.fromEnv();

    public Message ask(String question) {
        MessageCreateParams params = MessageCreateParams.builder()
                .model(Model.CLAUDE_SONNET_4_5)
                .maxTokens(1024L)
                .addUserMessage(question)
                .build();
        return client.messages().create(params);
    }
}
