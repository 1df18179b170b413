package com.acme.assist.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelRouterTest {

    @ParameterizedTest
    @CsvSource({
            "claude-opus-4-1-20250805, 32000",
            "claude-opus-4-20250514, 32000",
            "claude-3-7-sonnet-20250219, 64000",
            "claude-3-haiku-20240307, 4096",
            "claude-sonnet-4-6, 64000",
    })
    void max_output_tokens(String model, int expected) {
        assertThat(ModelRouter.maxOutputTokens(model)).isEqualTo(expected);
    }
}
