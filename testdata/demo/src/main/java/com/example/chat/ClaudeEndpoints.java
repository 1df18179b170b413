package com.example.chat;

/** Where the service talks to Claude. */
public final class ClaudeEndpoints {

    public static final String BASE = "https://api.anthropic.com";
    public static final String MESSAGES = BASE + "/v1/messages";
    public static final String MODELS = BASE + "/v1/models";
    public static final String VERSION = "2023-06-01";

    private ClaudeEndpoints() {
    }
}
