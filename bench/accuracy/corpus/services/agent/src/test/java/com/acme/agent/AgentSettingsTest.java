package com.acme.agent;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentSettingsTest {

    @Test
    void default_planner_model_applies() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(AgentSettings.class)
                .withSources(new MapBackedConfigSource("test", Map.of("agent.api-key", "test-key")) {})
                .build();

        assertThat(config.getConfigMapping(AgentSettings.class).plannerModel()).isEqualTo("claude-3-haiku-20240307");
    }
}
