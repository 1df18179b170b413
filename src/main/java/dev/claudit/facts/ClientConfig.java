package dev.claudit.facts;

import java.util.Map;

/**
 * An SDK or framework client that adds {@code x-api-key} and {@code anthropic-version} itself: the official
 * {@code anthropic-java} builder, LangChain4j, Spring AI and Quarkus properties, the JS SDK.
 *
 * @param sdk        which client, e.g. {@code anthropic-java}, {@code langchain4j}, {@code anthropic-js}
 * @param options    the options set on it by name ({@code apiKey}, {@code authToken}, {@code baseUrl}, ...)
 * @param location   where it is built
 * @param serverOnly the code it is built in runs only on a server (an API route, a server action, a Node script),
 *                   so nothing it reads is shipped to a browser; false when that is not known
 */
public record ClientConfig(String sdk, Map<String, Value> options, Location location, boolean serverOnly) {

    public ClientConfig {
        options = Map.copyOf(options);
    }

    public ClientConfig(String sdk, Map<String, Value> options, Location location) {
        this(sdk, options, location, false);
    }
}
