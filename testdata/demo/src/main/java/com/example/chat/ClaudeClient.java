package com.example.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Hand-written client for the Messages API. */
@Component
public class ClaudeClient {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${anthropic.api.key}")
    private String apiKey;

    /** Sends one message. */
    public String ask(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(ClaudeEndpoints.MESSAGES))
                .header("Authorization", "Bearer " + apiKey)
                .header("anthropic-version", ClaudeEndpoints.VERSION)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Lists the models the key can use. */
    public String models() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ClaudeEndpoints.MODELS))
                .header("x-api-key", apiKey)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Counts tokens; this one is written correctly. */
    public String countTokens(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ClaudeEndpoints.MESSAGES + "/count_tokens"))
                .header("x-api-key", apiKey)
                .header("anthropic-version", ClaudeEndpoints.VERSION)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
