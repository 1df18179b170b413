package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Counts tokens before a long request; a plain java.net.http client, written correctly. */
public class TokenCounter {

    private static final String COUNT_URL = "https://api.anthropic.com/v1/messages/count_tokens";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey = System.getenv("ANTHROPIC_API_KEY");

    public String count(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(COUNT_URL))
                .header("x-api-key", apiKey)
                .header("anthropic-version", "2023-06-01")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
