package dev.claudit.rules.detectors;

import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Role;
import dev.claudit.facts.Value;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.Level;
import dev.claudit.rules.ScanContext;

import java.util.Optional;

/**
 * Whether, and at what level, a model id is reported — decided by its role and its file's place, in this one
 * place for {@code retired-model} and {@code invalid-model-id} (their YAML help states the same policy):
 * <ul>
 *   <li>an id only mentioned (a response-shaped object, a pricing or capability table, a comparison) or meant
 *       for another platform, a mock or a local server never counts;</li>
 *   <li>main code, configuration, examples and docs keep the rule's level;</li>
 *   <li>in tests and fixtures a retired id is at most a note and a malformed id is not reported — unless it is
 *       sent in a live end-to-end test (a real client, the real host, the key from the environment), where the
 *       test fails as production code would.</li>
 * </ul>
 */
final class ModelPolicy {

    private ModelPolicy() {
    }

    /** The level a retired or deprecated id is reported at, given the level its status calls for; empty when not reported. */
    static Optional<Level> retired(ModelMentions.Mention m, FileFacts file, Level level, ScanContext ctx) {
        if (!reachesAnthropic(m, file, ctx)) return Optional.empty();
        if (!file.place().isTestOnly() || (m.role() == Role.SENT && liveEndToEnd(file, ctx))) return Optional.of(level);
        return Optional.of(level.ordinal() < Level.NOTE.ordinal() ? Level.NOTE : level);
    }

    /** Whether a malformed id is reported. */
    static boolean invalid(ModelMentions.Mention m, FileFacts file, ScanContext ctx) {
        if (!reachesAnthropic(m, file, ctx)) return false;
        return !file.place().isTestOnly() || (m.role() == Role.SENT && liveEndToEnd(file, ctx));
    }

    /** The id may reach Anthropic's API: not merely mentioned, not for another platform, not in a file that only talks to a double. */
    private static boolean reachesAnthropic(ModelMentions.Mention m, FileFacts file, ScanContext ctx) {
        if (!Role.counts(m.role())) return false;
        if (m.role() == Role.CONFIGURED) return true; // a default outlives the test double it may sit beside
        return !file.mockedHttp() && !onlyLocalClients(file, ctx);
    }

    /** Every SDK client the file builds is pointed at a loopback address (a mock or a local server). */
    private static boolean onlyLocalClients(FileFacts file, ScanContext ctx) {
        boolean any = false;
        for (ClientConfig c : file.clients()) {
            Value base = c.options().get("baseUrl");
            if (base == null || !Endpoint.of(ctx.project().resolve(base)).map(Endpoint::isLoopback).orElse(false)) return false;
            any = true;
        }
        return any;
    }

    /**
     * A test that calls the real API: it builds an Anthropic client whose key comes from the environment and
     * whose base URL, if any, is Anthropic's host, and it stands up no HTTP double.
     */
    static boolean liveEndToEnd(FileFacts file, ScanContext ctx) {
        if (file.mockedHttp()) return false;
        for (ClientConfig c : file.clients()) {
            if (c.sdk().contains("bedrock") || c.sdk().contains("vertex") || c.sdk().contains("foundry")) continue;
            Value base = c.options().get("baseUrl");
            if (base != null && !Endpoint.of(ctx.project().resolve(base)).map(e -> e.isAnthropicApi(ctx.data())).orElse(false)) continue;
            Value key = c.options().get("apiKey");
            boolean jsDefault = c.sdk().equals("anthropic-js") && key == null && !c.options().containsKey("authToken");
            boolean envKey = jsDefault || c.options().containsKey("fromEnv")
                    || (key != null && !(ctx.project().resolve(key) instanceof Value.Literal) && !key.references().isEmpty());
            if (envKey) return true;
        }
        return false;
    }
}
