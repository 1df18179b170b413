package com.acme.assist.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthMessagesClientTest {

    // copied from a debugging session; this token was live
    private static final String TOKEN = "__OAUTH_KEY__";
    private static final String FAKE = "sk-ant-api03-" + "a".repeat(93) + "AA";

    @Test
    void token_shape() {
        assertThat(TOKEN).startsWith("sk-ant-oat01-");
        assertThat(FAKE).hasSize(108);
    }
}
