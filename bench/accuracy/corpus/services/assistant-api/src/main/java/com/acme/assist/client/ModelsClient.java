package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Lists models for the admin page's model picker. */
public class ModelsClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;

    public ModelsClient(String apiKey) {
        this.apiKey = apiKey;
    }

    public String list() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/models"))
                .header("anthropic-version", "2023-06-01")
                .header("api-key", apiKey)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
