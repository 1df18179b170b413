package com.acme.assist.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls Claude through the company AI gateway, which authenticates with our SSO token (Bearer) and adds the
 * Anthropic key itself.
 */
public class GatewayClient {

    private static final String GATEWAY = "https://ai-gateway.internal.acme.example/anthropic/v1/messages";

    private final HttpClient http = HttpClient.newHttpClient();

    public String send(String ssoToken, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY))
                .header("Authorization", "Bearer " + ssoToken)
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
