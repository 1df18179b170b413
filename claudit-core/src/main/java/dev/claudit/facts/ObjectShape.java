package dev.claudit.facts;


import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an object (a JS or JSON object, a YAML mapping, a Java map) is to the API, judged by its members the
 * same way in every format: a request to Anthropic, a recorded or mocked response, a row of a pricing or
 * capability table, or an entry for another platform, a mock or a local server. Extractors use it to give
 * the model ids written inside such objects their {@link Role}.
 */
public final class ObjectShape {

    private ObjectShape() {
    }

    /** Keys whose string value names the platform an entry is for ({@code provider: bedrock}). */
    private static final Set<String> PROVIDER_KEYS = Set.of("provider", "providerid", "providername", "platform",
            "modelprovider", "llmprovider", "apiprovider", "backend", "vendor", "apitype", "provideroptions", "providers");
    /** Keys under which everything belongs to another platform or a test double ({@code providerOptions: {bedrock: …}}). */
    private static final Set<String> ELSEWHERE_KEYS = Set.of("bedrock", "amazonbedrock", "awsbedrock", "vertex", "vertexai",
            "googlevertex", "googlevertexanthropic", "openrouter", "litellm", "azure", "azureopenai", "azureai", "ollama",
            "helicone", "portkey", "requesty",
            "vscode", "copilot", "mock", "mocks", "fake", "stub");
    /** Keys under which everything is a recorded or expected response, or an example of a value. */
    private static final Set<String> RESPONSE_KEYS = Set.of("response", "responses", "responsebody", "mockresponse",
            "mockedresponse", "expectedresponse", "reply", "recordedresponse", "cannedresponse", "example", "examples",
            "expected", "expectedoutput");
    /** Request members of the Messages and Text Completions APIs, besides {@code model}. */
    private static final Set<String> REQUEST_KEYS = Set.of("maxtokens", "messages", "maxtokenstosample", "system",
            "stopsequences", "toolchoice", "thinking");
    /** Columns of a pricing or capability table. */
    private static final Pattern TABLE_KEY = Pattern.compile(
            ".*(price|pricing|cost|permillion|per1m|per1k|contextwindow|contextlength|contextsize|maxinputtokens|maxoutputtokens"
                    + "|maxcontext|outputlimit|inputlimit|tokenlimit|releasedate|releasedat|knowledgecutoff|trainingcutoff"
                    + "|deprecat|retire|capabilit|supportsvision|supportstools|supportsthinking|score|accuracy|passrate|winrate"
                    + "|latencyms|elo).*");
    private static final Set<String> ANTHROPIC_WORDS = Set.of("anthropic", "claude", "anthropicapi", "anthropicmessages");

    /** Only strings that may name a model or an Anthropic URL get a role: the model and URL rules are its readers. */
    public static boolean wantsRole(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("claude") || t.contains("anthropic");
    }

    /** A key as compared here: lower case, without separators ({@code max_tokens}, {@code maxTokens} give {@code maxtokens}). */
    public static String normalize(String key) {
        return KeyFolding.fold(key, true); // asked of every member of every JSON object (a tokenizer's vocabulary: 30,000 a file)
    }

    /**
     * The role an object gives the model ids in it, from its members (normalized key to string value, or
     * {@code ""} for a non-string value); null when the members say nothing.
     */
    public static Role of(Map<String, String> members) {
        if (isResponse(members)) return Role.MENTIONED;
        if (isElsewhere(members)) return Role.ELSEWHERE;
        // a LiteLLM route: its model_name is the alias the gateway serves; the model it calls is in litellm_params
        if (members.containsKey("litellmparams")) return Role.ELSEWHERE;
        if (!holdsClientSettings(members)) {
            for (String k : members.keySet()) {
                if (TABLE_KEY.matcher(k).matches()) return Role.MENTIONED;
            }
        }
        for (String k : members.keySet()) {
            if (REQUEST_KEYS.contains(k)) return Role.SENT;
        }
        return null;
    }

    /**
     * The role an enclosing object passes down to everything nested in it: a response's, or another platform's;
     * null otherwise (a request's or a table's role belongs to its own members only).
     */
    public static Role inherited(Map<String, String> members) {
        if (isResponse(members)) return Role.MENTIONED;
        return isElsewhere(members) ? Role.ELSEWHERE : null;
    }

    /**
     * What an OpenAI-shaped response says it is in its {@code object} member: a models list and its entries (what a
     * gateway serves at {@code /v1/models}), a chat or text completion, a stream chunk. Requests carry no such member.
     */
    private static final Set<String> RESPONSE_OBJECTS = Set.of("list", "model", "chat.completion", "chat.completion.chunk",
            "text_completion", "response");

    /**
     * A client's settings: a key or a base URL beside the model. No pricing or capability table holds those, so its
     * {@code contextLength} or price is a setting of the client, not a column.
     */
    static boolean holdsClientSettings(Map<String, String> members) {
        for (String k : members.keySet()) {
            if (k.endsWith("apikey") || isBaseUrlKey(k)) return true;
        }
        return false;
    }

    /**
     * A response or stream event: Messages ({@code type: message, role: assistant}, {@code stop_reason}, {@code usage}),
     * Models ({@code type: model} with {@code display_name} or {@code created_at}), or OpenAI-shaped ({@link #RESPONSE_OBJECTS}).
     */
    static boolean isResponse(Map<String, String> members) {
        String type = members.getOrDefault("type", "");
        String role = members.getOrDefault("role", "");
        if (RESPONSE_OBJECTS.contains(members.getOrDefault("object", ""))) return true;
        if (type.equals("model") && (members.containsKey("displayname") || members.containsKey("createdat"))) return true;
        return (type.equals("message") && role.equals("assistant")) || members.containsKey("stopreason")
                || members.containsKey("stopsequence") || type.startsWith("message_") || type.startsWith("content_block")
                || (members.containsKey("usage") && !members.containsKey("messages") && !members.containsKey("maxtokens"));
    }

    /** An entry whose provider names another platform or a mock, or whose base URL is a loopback address. */
    static boolean isElsewhere(Map<String, String> members) {
        for (Map.Entry<String, String> m : members.entrySet()) {
            if (PROVIDER_KEYS.contains(m.getKey()) && isOtherPlatform(m.getValue())) return true;
            if (isBaseUrlKey(m.getKey()) && isLoopback(m.getValue())) return true;
        }
        return false;
    }

    private static final Pattern LOOPBACK = Pattern.compile("(?i)\\s*https?://(localhost|127\\.|0\\.0\\.0\\.0|\\[::1\\])");

    /** A URL on a loopback address (a mock or a local server), known from its first characters. */
    public static boolean isLoopback(String url) {
        return url != null && LOOPBACK.matcher(url).lookingAt();
    }

    /** A normalized key that names a client's base URL ({@code base-url}, {@code baseURL}, {@code api_base}, {@code ANTHROPIC_BASE_URL}). */
    public static boolean isBaseUrlKey(String normalizedKey) {
        return normalizedKey.endsWith("baseurl") || normalizedKey.endsWith("baseuri") || normalizedKey.endsWith("apibase")
                || normalizedKey.equals("endpoint") || normalizedKey.endsWith("apiurl");
    }

    /** A normalized key whose string value names the platform an entry is for ({@code provider}, {@code apiType}). */
    public static boolean isProviderKey(String normalizedKey) {
        return PROVIDER_KEYS.contains(normalizedKey);
    }

    /** The role everything under {@code key} has, whatever it is: a response, another platform's options; or null. */
    public static Role under(String key) {
        String k = normalize(key);
        if (RESPONSE_KEYS.contains(k)) return Role.MENTIONED;
        if (ELSEWHERE_KEYS.contains(k)) return Role.ELSEWHERE;
        return null;
    }

    /** A provider value that names somewhere other than Anthropic's API ({@code bedrock}, {@code mock}, {@code openrouter}). */
    public static boolean isOtherPlatform(String value) {
        if (value == null || value.isBlank()) return false;
        String v = normalize(value);
        if (!v.matches("[a-z0-9:/@]{2,40}")) return false; // a name, not prose or an expression
        for (String w : ANTHROPIC_WORDS) if (v.equals(w) || v.equals(w + "ai")) return false;
        return !v.startsWith("anthropic") || v.contains("bedrock") || v.contains("vertex");
    }

    private static final Pattern RESPONSE_TEXT = Pattern.compile(
            "\"role\"\\s*:\\s*\"assistant\"|\"stop_reason\"\\s*:|\"type\"\\s*:\\s*\"message_(start|delta|stop)\"|\"usage\"\\s*:\\s*\\{");
    private static final Pattern REQUEST_TEXT = Pattern.compile("\"(max_tokens|max_tokens_to_sample|messages)\"\\s*:");

    /**
     * The role of a text that holds JSON or server-sent events (a text block, a stubbed body, a cassette string):
     * a recorded response, a request body, or null when it is neither.
     */
    public static Role ofText(String text) {
        if (text.indexOf('{') < 0) return null;
        if (RESPONSE_TEXT.matcher(text).find()) {
            // a response, unless it is a request whose conversation replays an assistant turn
            boolean request = REQUEST_TEXT.matcher(text).find() && !text.contains("\"stop_reason\"") && !text.contains("message_start");
            return request ? Role.SENT : Role.MENTIONED;
        }
        return REQUEST_TEXT.matcher(text).find() ? Role.SENT : null;
    }
}
