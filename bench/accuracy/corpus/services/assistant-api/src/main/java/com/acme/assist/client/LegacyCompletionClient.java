package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Kept for the v1 summary endpoint until the mobile app moves over. */
public class LegacyCompletionClient {

    private static final String MESSAGES = "https://api.anthropic.com/v1/messages";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;

    public LegacyCompletionClient(String apiKey) {
        this.apiKey = apiKey;
    }

    public String summarize(String text) throws Exception {
        String body = """
                {"model": "claude-3-opus-20240229", "max_tokens": 512,
                 "messages": [{"role": "user", "content": "Summarize: %s"}]}
                """.formatted(text);
        HttpRequest request = HttpRequest.newBuilder(URI.create(MESSAGES))
                .header("Authorization", "Bearer " + apiKey)
                .header("anthropic-version", "2023-06-01")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
