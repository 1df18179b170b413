package com.acme.billing;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/** Daily usage per workspace from the Admin API. */
public class UsageReporter {

    private static final String USAGE = "https://api.anthropic.com/v1/organizations/usage_report/messages";

    private final OkHttpClient http = new OkHttpClient();
    private final String adminKey = System.getenv("ANTHROPIC_ADMIN_KEY");

    public String yesterday(String startingAt) throws IOException {
        Request request = new Request.Builder()
                .url(USAGE + "?starting_at=" + startingAt + "&bucket_width=1d")
                .header("x-api-key", adminKey)
                .header("anthropic-version", "2023-06-01")
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
