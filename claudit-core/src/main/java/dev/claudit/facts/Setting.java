package dev.claudit.facts;

/**
 * A named configuration entry: an env-file line, a YAML key path such as {@code spring.ai.anthropic.api-key},
 * a property, a Dockerfile {@code ENV}, a compose or Kubernetes env entry, a JSON member, a model option set in
 * Java code ({@code .model("…")}, {@code Map.of("model", …)}; origin {@link Origin#JAVA}).
 *
 * @param key      the entry's name or dotted path as written
 * @param value    its value
 * @param origin   where it comes from (format and role)
 * @param style    how the scalar was written
 * @param location the key's position
 */
public record Setting(String key, Value value, Origin origin, Style style, Location location) {

    /**
     * Where a setting comes from: the format of the file and, where detectors tell them apart, the role it plays
     * there. An enum so that a detector asking about a kind of setting names one that extractors emit.
     */
    public enum Origin {
        /** A dotenv line ({@code KEY=value}). */
        ENV,
        /** A YAML key path, or an entry of a compose or Kubernetes env list. */
        YAML,
        /** A {@code .properties} entry. */
        PROPERTIES,
        /** A JSON member. */
        JSON,
        /** A model option set in Java code ({@code .model("…")}, {@code Map.of("model", …)}, {@code @Value}). */
        JAVA,
        /** A Dockerfile {@code ENV} or {@code ARG}. */
        DOCKERFILE,
        /** An assignment or {@code export} in a shell script, a Dockerfile {@code RUN} or a CI script. */
        SHELL,
        /** An environment variable JavaScript reads ({@code process.env.X}, {@code import.meta.env.X}, SvelteKit's public env). */
        JS_USAGE,
        /** A quoted key of a JavaScript object literal (a header written as a key of a headers map). */
        JS_OBJECT,
        /** A next.config {@code env} or {@code publicRuntimeConfig} entry: Next.js inlines it into the client bundle. */
        NEXT_CONFIG,
        /** A next.config {@code env} or {@code publicRuntimeConfig} section that spreads the whole {@code process.env}. */
        NEXT_CONFIG_ENVIRONMENT,
        /** A Gradle {@code buildConfigField}: Android compiles it into the app as {@code BuildConfig.NAME}. */
        ANDROID_BUILD_CONFIG,
        /** A Gradle {@code resValue}: Android compiles it into the app's resources. */
        ANDROID_RES_VALUE,
        /** A read of {@code BuildConfig.NAME} in Kotlin code. */
        BUILD_CONFIG_READ
    }

    /** How the scalar was written. */
    public enum Style {
        /** Bare: {@code KEY=value}, {@code key: value}. */
        PLAIN,
        /** In single or double quotes. */
        QUOTED,
        /** A YAML block scalar ({@code |} or {@code >}), whose line breaks are part of the value. */
        BLOCK
    }

    /** The last segment of a dotted or nested key ({@code spring.ai.anthropic.api-key} gives {@code api-key}). */
    public String simpleName() {
        int i = key.lastIndexOf('.');
        return i < 0 ? key : key.substring(i + 1);
    }
}
