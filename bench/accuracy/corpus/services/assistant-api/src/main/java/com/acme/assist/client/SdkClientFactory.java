package com.acme.assist.client;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.acme.assist.config.AnthropicProperties;

/** The official SDK for the newer endpoints; it sends x-api-key and anthropic-version itself. */
public final class SdkClientFactory {

    private SdkClientFactory() {
    }

    public static AnthropicClient fromProperties(AnthropicProperties props) {
        return AnthropicOkHttpClient.builder()
                .apiKey(props.apiKey())
                .baseUrl(props.baseUrl())
                .build();
    }

    public static AnthropicClient forRegion(String apiKey) {
        return AnthropicOkHttpClient.builder()
                .apiKey(apiKey)
                .baseUrl("https://api.anthropic.com/v1")
                .build();
    }

    public static AnthropicClient fromEnv() {
        return AnthropicOkHttpClient.fromEnv();
    }
}
