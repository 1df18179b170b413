package dev.claudit.rules;

import dev.claudit.facts.Value;

import java.util.List;
import java.util.Locale;

/** Tells from names alone whether a variable, property or reference holds an Anthropic credential. */
public final class KeyNames {

    private final List<String> vendorWords;
    private final List<String> secretWords;

    public KeyNames(RuleData data) {
        this.vendorWords = data.vendorWords();
        this.secretWords = data.secretWords();
    }

    /** {@code ANTHROPIC_API_KEY}, {@code VITE_CLAUDE_KEY}, {@code anthropic.api-key}: a vendor word and a secret word. */
    public boolean namesAnthropicSecret(String name) {
        String up = name.toUpperCase(Locale.ROOT);
        return vendorWords.stream().anyMatch(up::contains) && secretWords.stream().anyMatch(up::contains);
    }

    /** Any API-key-like name ({@code apiKey}, {@code API_KEY}, {@code x-api-key}) or an Anthropic secret name. */
    public boolean namesApiKey(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
        return n.contains("apikey") || namesAnthropicSecret(name);
    }

    /** Names an OAuth token rather than an API key ({@code ANTHROPIC_AUTH_TOKEN}, {@code authToken}, {@code accessToken}). */
    public static boolean namesOAuthToken(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
        return n.contains("authtoken") || n.contains("oauth") || n.contains("accesstoken") || n.contains("bearertoken")
                || n.contains("sessiontoken") || n.contains("idtoken");
    }

    /** The names a value was read from: reference names, symbol names and the hints of unknown values. */
    public static List<String> names(Value v) {
        List<String> out = new java.util.ArrayList<>();
        collect(v, out);
        return out;
    }

    private static void collect(Value v, List<String> out) {
        if (v instanceof Value.Reference r) out.add(r.name());
        else if (v instanceof Value.Symbol s) out.add(s.name());
        else if (v instanceof Value.Unknown u && !u.description().isEmpty()) out.add(u.description());
        else if (v instanceof Value.Concat c) c.parts().forEach(p -> collect(p, out));
    }
}
