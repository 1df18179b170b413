package com.acme.billing;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/** Lists workspaces; written against an old example that used the bearer scheme. */
public class WorkspaceClient {

    private final OkHttpClient http = new OkHttpClient();

    public String list(String adminKey) throws IOException {
        Request request = new Request.Builder()
                .url("https://api.anthropic.com/v1/organizations/workspaces")
                .addHeader("Authorization", "Bearer " + adminKey)
                .addHeader("anthropic-version", "2023-06-01")
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
