package com.acme.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses a stream recorded from the real API in 2025. */
class StreamingRecordedTest {

    static final String RECORDED = """
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_01Grp1T2X3zAkZETBiUgFsJK","type":"message","role":"assistant","content":[],"model":"claude-3-7-sonnet-20250219","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":13,"output_tokens":1}}}

            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: message_stop
            data: {"type":"message_stop"}
            """;

    @Test
    void has_a_message_start() {
        assertThat(RECORDED.lines().filter(l -> l.startsWith("event:")).count()).isEqualTo(3);
    }
}
