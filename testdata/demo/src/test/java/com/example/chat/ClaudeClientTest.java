package com.example.chat;

import org.junit.jupiter.api.Test;

class ClaudeClientTest {

    // a placeholder, not a key: claudit leaves it alone
    static final String FAKE_KEY = "sk-ant-api03-...";

    @Test
    void buildsClient() {
        new ClaudeClient();
    }
}
