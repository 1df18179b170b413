package dev.claudit.facts;

/**
 * A named configuration entry: an env-file line, a YAML key path such as {@code spring.ai.anthropic.api-key},
 * a property, a Dockerfile {@code ENV}, a compose or Kubernetes env entry, a JSON member, a model option set in
 * Java code ({@code .model("…")}, {@code Map.of("model", …)}; origin {@code java}).
 *
 * @param key      the entry's name or dotted path as written
 * @param value    its value
 * @param origin   where it comes from (format and role), e.g. {@code env}, {@code yaml}, {@code properties}, {@code java}
 * @param style    how the scalar was written: {@code plain}, {@code quoted}, {@code block} (YAML {@code |} or {@code >})
 * @param location the key's position
 */
public record Setting(String key, Value value, String origin, String style, Location location) {

    /** The last segment of a dotted or nested key ({@code spring.ai.anthropic.api-key} gives {@code api-key}). */
    public String simpleName() {
        int i = key.lastIndexOf('.');
        return i < 0 ? key : key.substring(i + 1);
    }
}
