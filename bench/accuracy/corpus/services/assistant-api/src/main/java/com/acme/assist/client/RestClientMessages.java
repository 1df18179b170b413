package com.acme.assist.client;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** Spring RestClient variant used by the export job. */
public class RestClientMessages {

    private final RestClient client;

    public RestClientMessages(String apiKey) {
        this.client = RestClient.builder()
                .baseUrl("https://api.anthropic.com")
                .defaultHeaders(h -> h.setBearerAuth(apiKey))
                .defaultHeader("anthropic-version", "2023-06-01")
                .build();
    }

    public String send(String json) {
        return client.post().uri("/v1/messages").header(HttpHeaders.CONTENT_TYPE, "application/json").body(json).retrieve().body(String.class);
    }
}
