package com.acme.assist.service;

import com.acme.assist.client.MessagesClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SummaryServiceTest {

    @Test
    void asks_for_the_summary_model() throws Exception {
        MessagesClient client = mock(MessagesClient.class);
        when(client.send(contains("\"model\""))).thenReturn("""
                {"type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20241022",
                 "content": [{"type": "text", "text": "Printer on floor 3 is jammed."}]}
                """);

        String summary = new SummaryService(client).summarize("The printer is jammed again");

        assertThat(summary).contains("jammed");
        verify(client).send(contains("claude-3-5-sonnet-20241022"));
    }
}
