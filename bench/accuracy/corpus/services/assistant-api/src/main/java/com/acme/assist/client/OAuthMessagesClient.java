package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** For users who signed in with their Claude account: an OAuth access token, sent as Bearer on purpose. */
public class OAuthMessagesClient {

    private final HttpClient http = HttpClient.newHttpClient();

    public String send(String accessToken, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"))
                .header("Authorization", "Bearer " + accessToken)
                .header("anthropic-beta", "oauth-2025-04-20")
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
