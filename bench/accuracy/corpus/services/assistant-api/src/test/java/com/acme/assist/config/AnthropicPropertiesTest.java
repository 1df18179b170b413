package com.acme.assist.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Binding of acme.anthropic.*; the values are only bound and compared. */
class AnthropicPropertiesTest {

    @Test
    void binds_overrides() {
        var source = new MapConfigurationPropertySource(Map.of(
                "acme.anthropic.model", "claude-3-5-haiku-20241022",
                "acme.anthropic.base-url", "http://localhost:9999",
                "acme.anthropic.api-key", "test-key"));
        AnthropicProperties props = new Binder(source).bind("acme.anthropic", AnthropicProperties.class).get();

        assertThat(props.model()).isEqualTo("claude-3-5-haiku-20241022");
        assertThat(props.version()).isEqualTo("2023-06-01");
        assertThat(props.toString()).doesNotContain("test-key");
    }
}
