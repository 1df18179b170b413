package com.acme.assist.mobile;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;

/** Calls Claude from the phone (to be replaced by our backend, ticket MOB-88). */
public class ClaudeRepository {

    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http = new OkHttpClient();

    public String ask(String prompt) throws IOException {
        String body = "{\"model\":\"" + BuildConfig.CLAUDE_MODEL + "\",\"max_tokens\":512,\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
        Request request = new Request.Builder()
                .url("https://api.anthropic.com/v1/messages")
                .header("x-api-key", BuildConfig.ANTHROPIC_API_KEY)
                .header("anthropic-version", "2023-06-01")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
