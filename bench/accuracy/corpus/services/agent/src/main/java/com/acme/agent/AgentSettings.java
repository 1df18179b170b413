package com.acme.agent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** agent.* settings, bound by SmallRye Config. */
@ConfigMapping(prefix = "agent")
public interface AgentSettings {

    @WithName("api-key")
    String apiKey();

    @WithName("planner-model")
    @WithDefault("claude-3-haiku-20240307")
    String plannerModel();

    @WithName("critic-model")
    @WithDefault("claude-sonnet-4-6")
    String criticModel();

    @WithDefault("8")
    int maxSteps();
}
