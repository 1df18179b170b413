package com.acme.billing;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/** Reads the rate-limit headers of a tiny request; the key header name came from another vendor's docs. */
public class RateLimitClient {

    private final OkHttpClient http = new OkHttpClient();

    public String probe(String key) throws IOException {
        Request request = new Request.Builder()
                .url("https://api.anthropic.com/v1/models")
                .header("anthropic-api-key", key)
                .header("anthropic-version", "2023-06-01")
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.header("anthropic-ratelimit-requests-remaining");
        }
    }
}
