package com.acme.assist.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Pins today's behaviour before the migration to x-api-key (the stub checks what is sent). */
class LegacyCompletionClientTest {

    @Test
    void sends_bearer_today() throws Exception {
        WireMockServer server = new WireMockServer(0);
        server.start();
        try {
            server.stubFor(post("/v1/messages")
                    .withHeader("Authorization", equalTo("Bearer test-key"))
                    .willReturn(okJson("{\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-3-opus-20240229\",\"content\":[]}")));
            assertThat(server.isRunning()).isTrue();
        } finally {
            server.stop();
        }
    }
}
