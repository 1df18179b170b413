package com.acme.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

class AgentModelsTest {

    private final WireMockServer wireMock = new WireMockServer(0);

    @BeforeEach
    void setUp() {
        wireMock.start();
        wireMock.stubFor(post(anyUrl()).willReturn(okJson("""
                {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-3-5-haiku-20241022",
                 "content": [{"type": "text", "text": "Hello!"}], "stop_reason": "end_turn",
                 "usage": {"input_tokens": 3, "output_tokens": 2}}
                """)));
    }

    @AfterEach
    void tearDown() {
        wireMock.stop();
    }

    @Test
    void summarizer_talks_to_the_stub() {
        ChatModel model = AnthropicChatModel.builder()
                .baseUrl("http://localhost:" + wireMock.port() + "/v1/")
                .apiKey("test-api-key")
                .modelName("claude-3-5-haiku-20241022")
                .build();

        assertThat(model.chat("hi")).isEqualTo("Hello!");
        wireMock.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-3-5-haiku-20241022"))));
    }
}
