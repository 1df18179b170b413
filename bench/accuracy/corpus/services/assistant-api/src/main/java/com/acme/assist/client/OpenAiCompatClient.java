package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The evaluation harness speaks the OpenAI wire format; Anthropic's compatibility endpoint takes Bearer. */
public class OpenAiCompatClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey = System.getenv("ANTHROPIC_API_KEY");

    public String chat(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/chat/completions"))
                .header("Authorization", "Bearer " + apiKey)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
