package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Message Batches for the nightly re-ranking job. */
public class BatchClient {

    private static final String BATCHES = "https://api.anthropic.com/v1/messages/batches";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey = System.getenv("ANTHROPIC_API_KEY");

    public String submit(String batchJson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BATCHES))
                .header("x-api-key", apiKey)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batchJson))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String status(String batchId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BATCHES + "/" + batchId))
                .header("x-api-key", apiKey)
                .header("anthropic-version", "2023-06-01")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
