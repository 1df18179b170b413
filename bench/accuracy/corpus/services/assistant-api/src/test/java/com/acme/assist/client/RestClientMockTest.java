package com.acme.assist.client;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.*;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** The RestClient variant, against Spring's mock server (nothing leaves the JVM). */
class RestClientMockTest {

    @Test
    void posts_messages() {
        RestClient.Builder builder = RestClient.builder().baseUrl("https://api.anthropic.com");
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        server.expect(requestTo("https://api.anthropic.com/v1/messages"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(jsonPath("$.model").value("claude-3-5-sonnet-20241022"))
                .andRespond(withSuccess("""
                        {"type":"message","role":"assistant","model":"claude-3-5-sonnet-20241022","content":[{"type":"text","text":"ok"}]}
                        """, MediaType.APPLICATION_JSON));

        String body = builder.build().post().uri("/v1/messages")
                .header("x-api-key", "test-key")
                .header("anthropic-version", "2023-06-01")
                .body("{\"model\":\"claude-3-5-sonnet-20241022\",\"max_tokens\":8,\"messages\":[]}")
                .retrieve().body(String.class);

        assertThat(body).contains("ok");
        server.verify();
    }
}
