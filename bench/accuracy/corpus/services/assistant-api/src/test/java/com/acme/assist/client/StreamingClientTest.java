package com.acme.assist.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

class StreamingClientTest {

    static final String EVENTS = """
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-3-haiku-20240307","content":[],"stop_reason":null,"usage":{"input_tokens":25,"output_tokens":1}}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}

            event: message_stop
            data: {"type":"message_stop"}
            """;

    @Test
    void relays_events() throws Exception {
        WireMockServer server = new WireMockServer(0);
        server.start();
        try {
            server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("content-type", "text/event-stream").withBody(EVENTS)));
            assertThat(EVENTS).contains("message_start");
        } finally {
            server.stop();
        }
    }
}
