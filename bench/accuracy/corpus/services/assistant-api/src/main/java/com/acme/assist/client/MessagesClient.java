package com.acme.assist.client;

import com.acme.assist.config.AnthropicProperties;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Messages API over the shared OkHttp client (headers come from its interceptor). */
@Component
public class MessagesClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final AnthropicProperties props;

    public MessagesClient(OkHttpClient anthropicHttpClient, AnthropicProperties props) {
        this.http = anthropicHttpClient;
        this.props = props;
    }

    public String send(String body) throws IOException {
        Request request = new Request.Builder()
                .url(props.baseUrl() + "/v1/messages")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }
}
