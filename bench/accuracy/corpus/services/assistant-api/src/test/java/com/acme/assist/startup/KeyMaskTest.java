package com.acme.assist.startup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyMaskTest {

    @Test
    void keeps_prefix_and_last_four() {
        String key = "sk-ant-api03-" + "x".repeat(93) + "WXAA";
        assertThat(KeyMask.mask(key)).isEqualTo("sk-ant-api…WXAA");
    }

    @Test
    void short_values_are_hidden() {
        assertThat(KeyMask.mask("test-key")).isEqualTo("<unset>");
    }
}
