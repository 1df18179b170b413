package com.acme.assist.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under acme.anthropic.*; the key itself comes from ANTHROPIC_API_KEY. */
@ConfigurationProperties(prefix = "acme.anthropic")
public record AnthropicProperties(String apiKey, String baseUrl, String model, String version, int maxTokens) {

    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    public static final String DEFAULT_VERSION = "2023-06-01";
    public static final String DEFAULT_MODEL = "claude-sonnet-4-6";

    public AnthropicProperties {
        if (baseUrl == null) baseUrl = DEFAULT_BASE_URL;
        if (version == null) version = DEFAULT_VERSION;
        if (model == null) model = DEFAULT_MODEL;
        if (maxTokens == 0) maxTokens = 1024;
    }

    @Override
    public String toString() {
        return "AnthropicProperties[baseUrl=" + baseUrl + ", model=" + model + ", key set=" + (apiKey != null) + "]";
    }
}
