package dev.claudit.facts;

import java.util.Map;

/**
 * An SDK or framework client that adds {@code x-api-key} and {@code anthropic-version} itself: the official
 * {@code anthropic-java} builder, LangChain4j, Spring AI and Quarkus properties, the JS SDK.
 *
 * @param sdk        which client
 * @param options    the options set on it by the name it is written with (a builder method, an options member);
 *                   the ones detectors read are named by {@link Option}
 * @param location   where it is built
 * @param serverOnly the code it is built in runs only on a server (an API route, a server action, a Node script),
 *                   so nothing it reads is shipped to a browser; false when that is not known
 */
public record ClientConfig(Sdk sdk, Map<String, Value> options, Location location, boolean serverOnly) {

    /** Which SDK or framework client it is, and which platform it sends to. */
    public enum Sdk {
        /** The official Java SDK ({@code AnthropicOkHttpClient}, {@code AnthropicClient}, its backends). */
        ANTHROPIC_JAVA(false),
        /** A LangChain4j Anthropic chat or language model. */
        LANGCHAIN4J(false),
        /** Spring AI's {@code AnthropicApi}. */
        SPRING_AI(false),
        /** The official TypeScript SDK ({@code @anthropic-ai/sdk}). */
        ANTHROPIC_JS(false),
        /** The TypeScript SDK's Amazon Bedrock client ({@code @anthropic-ai/bedrock-sdk}). */
        ANTHROPIC_JS_BEDROCK(true),
        /** The TypeScript SDK's Google Vertex AI client ({@code @anthropic-ai/vertex-sdk}). */
        ANTHROPIC_JS_VERTEX(true),
        /** The TypeScript SDK's Microsoft Foundry client ({@code @anthropic-ai/foundry-sdk}). */
        ANTHROPIC_JS_FOUNDRY(true),
        /**
         * The Vercel AI SDK's Anthropic provider ({@code @ai-sdk/anthropic}): {@code createAnthropic({...})}, or its
         * {@code anthropic} instance configured from the environment. Its base URL ends in {@code /v1} (it appends only
         * {@code /messages}).
         */
        AI_SDK_ANTHROPIC(false);

        private final boolean otherPlatform;

        Sdk(boolean otherPlatform) {
            this.otherPlatform = otherPlatform;
        }

        /** True when it sends to a cloud platform that hosts Claude (Bedrock, Vertex, Foundry), not to Anthropic's API. */
        public boolean otherPlatform() {
            return otherPlatform;
        }
    }

    /**
     * The options detectors read, by the name the extractors store them under: the Java builder method or the
     * JavaScript options member ({@code baseURL} is stored as {@code baseUrl}).
     */
    public enum Option {
        /** The key the client sends as {@code x-api-key}. */
        API_KEY("apiKey"),
        /** An OAuth token the client sends as a bearer token instead of a key. */
        AUTH_TOKEN("authToken"),
        /** The URL requests are sent to instead of Anthropic's API. */
        BASE_URL("baseUrl"),
        /** A custom {@code fetch} (JavaScript): requests go wherever it sends them. */
        FETCH("fetch"),
        /** The Java builder's {@code fromEnv()}: key and base URL read from the environment. */
        FROM_ENV("fromEnv"),
        /** The JavaScript SDK's opt-in to running in a browser. */
        DANGEROUSLY_ALLOW_BROWSER("dangerouslyAllowBrowser"),
        /** The {@code anthropic-version} a LangChain4j model sends. */
        VERSION("version"),
        /** The {@code anthropic-version} Spring AI's {@code AnthropicApi} sends. */
        ANTHROPIC_VERSION("anthropicVersion");

        private final String key;

        Option(String key) {
            this.key = key;
        }

        /** The name it is stored under in {@link ClientConfig#options()}. */
        public String key() {
            return key;
        }
    }

    public ClientConfig {
        options = Map.copyOf(options);
    }

    public ClientConfig(Sdk sdk, Map<String, Value> options, Location location) {
        this(sdk, options, location, false);
    }

    /** The value the option is set to, or null when it is not set. */
    public Value option(Option option) {
        return options.get(option.key());
    }

    /** True when the option is set. */
    public boolean has(Option option) {
        return options.containsKey(option.key());
    }
}
