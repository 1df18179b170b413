package dev.claudit.facts;

/**
 * What a written value is to the API, as the code or configuration around it shows: sent in a request to
 * Anthropic, configured as what an application will use, merely mentioned (a recorded or mocked response, a
 * table keyed by it, a comparison), or meant for somewhere else (another platform, a mock or local server).
 * A value whose surroundings say nothing has no role.
 */
public enum Role {
    /** In a request to Anthropic: a request body, an SDK call's argument, a builder's {@code .model(...)}. */
    SENT,
    /** The value an application will use: a config key, a framework default, a schema or template default. */
    CONFIGURED,
    /** Named but not used: a response-shaped object, a pricing or capability table, a comparison or case label. */
    MENTIONED,
    /** Sent or configured for another platform (Bedrock, Vertex, OpenRouter, a gateway) or a mock or local server. */
    ELSEWHERE;

    /** True when a finding about the value can matter: it is, or may be, what reaches Anthropic's API. */
    public static boolean counts(Role role) {
        return role != MENTIONED && role != ELSEWHERE;
    }
}
