package com.acme.assist.client;

import com.acme.assist.config.AnthropicProperties;
import com.acme.assist.config.HttpClientConfig;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

class MessagesClientTest {

    WireMockServer wireMock = new WireMockServer(0);

    @BeforeEach
    void start() {
        wireMock.start();
        wireMock.stubFor(post(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo("test-key"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .willReturn(okJson("""
                        {
                          "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
                          "type": "message",
                          "role": "assistant",
                          "model": "claude-3-5-sonnet-20241022",
                          "content": [{"type": "text", "text": "Hi there"}],
                          "stop_reason": "end_turn",
                          "usage": {"input_tokens": 12, "output_tokens": 4}
                        }
                        """)));
    }

    @AfterEach
    void stop() {
        wireMock.stop();
    }

    @Test
    void sends_the_body_through_the_interceptor() throws Exception {
        var props = new AnthropicProperties("test-key", "http://localhost:" + wireMock.port(), "claude-3-opus-20240229", null, 0);
        var client = new MessagesClient(new HttpClientConfig().anthropicHttpClient(props), props);

        String reply = client.send("{\"model\":\"claude-3-opus-20240229\",\"max_tokens\":16,\"messages\":[]}");

        assertThat(reply).contains("Hi there");
        wireMock.verify(postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("test-key")));
    }
}
