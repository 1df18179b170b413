package com.acme.billing;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/** Exports the cost report; runs in the finance VPC, which still had a plain-HTTP egress rule. */
public class CostExporter {

    static final String BASE = "http://api.anthropic.com";

    private final OkHttpClient http = new OkHttpClient();

    public String costs(String adminKey, String from) throws IOException {
        Request request = new Request.Builder()
                .url(BASE + "/v1/organizations/cost_report?starting_at=" + from)
                .header("x-api-key", adminKey)
                .header("anthropic-version", "2023-06-01")
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
