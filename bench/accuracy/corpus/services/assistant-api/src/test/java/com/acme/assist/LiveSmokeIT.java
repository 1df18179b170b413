package com.acme.assist;

import com.acme.assist.client.TokenCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against the real API in the nightly job (ANTHROPIC_API_KEY set). */
@EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY", matches = ".+")
class LiveSmokeIT {

    @Test
    void counts_tokens_for_the_configured_model() throws Exception {
        String reply = new TokenCounter().count("""
                {"model": "claude-3-7-sonnet-20250219", "messages": [{"role": "user", "content": "ping"}]}
                """);
        assertThat(reply).contains("input_tokens");
    }
}
