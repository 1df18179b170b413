package dev.claudit.rules.detectors;

import dev.claudit.facts.ObjectShape;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Setting;
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
        if (!maySend(file, ctx)) return Optional.empty();
        return Optional.of(level.ordinal() < Level.NOTE.ordinal() ? Level.NOTE : level);
    }

    /**
     * A test file that may send what it names: it builds a client that is not provably a double, or makes an HTTP
     * request. One with no client and no request (parser, argument and settings tests, recorded data) sends nothing;
     * one whose every client has a placeholder key, a custom {@code fetch} or a local base URL talks to a double.
     */
    private static boolean maySend(FileFacts file, ScanContext ctx) {
        for (ClientConfig c : file.clients()) {
            if (!isDouble(c, ctx)) return true;
        }
        if (!file.clients().isEmpty()) return false;
        for (HttpCall call : file.calls()) {
            if (call.baseOnly()) continue;
            Value url = ctx.project().resolve(call.url());
            // a relative path with no host (a WireMock mapping's "url") is matched by a double, not sent
            boolean relative = url instanceof Value.Literal l && !l.text().contains("://");
            if (!relative && !isLoopback(url, ctx)) return true;
        }
        return false;
    }

    /** A client a test builds against a double: a literal key, a custom {@code fetch}, a local base URL, another platform. */
    private static boolean isDouble(ClientConfig c, ScanContext ctx) {
        if (live(c, ctx)) return false;
        Value key = c.option(ClientConfig.Option.API_KEY);
        Value base = c.option(ClientConfig.Option.BASE_URL);
        return (key != null && ctx.project().resolve(key) instanceof Value.Literal) || c.has(ClientConfig.Option.FETCH)
                || (base != null && isLoopback(base, ctx))
                || c.sdk().otherPlatform();
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
        return !file.mockedHttp() && !onlyLocal(file, ctx) && !onlyOtherPlatforms(file);
    }

    /**
     * Every client the file builds is another platform's (the SDKs' Bedrock, Vertex or Foundry clients) and it sends
     * no request of its own: the ids it names are that platform's model or deployment names.
     */
    private static boolean onlyOtherPlatforms(FileFacts file) {
        if (file.clients().isEmpty() || !file.calls().isEmpty()) return false;
        for (ClientConfig c : file.clients()) {
            if (!c.sdk().otherPlatform()) return false;
        }
        return true;
    }

    /**
     * Everything the file points at is a loopback address (a mock or a local server): its clients' base URLs, its
     * base-URL settings ({@code spring.ai.anthropic.base-url=http://localhost:4010}) and its requests' URLs.
     */
    private static boolean onlyLocal(FileFacts file, ScanContext ctx) {
        int local = 0;
        int other = 0;
        for (ClientConfig c : file.clients()) {
            Value base = c.option(ClientConfig.Option.BASE_URL);
            if ((base != null && isLoopback(base, ctx)) || answersItself(c, ctx)) local++;
            else other++;
        }
        for (Setting s : file.settings()) {
            if (!ObjectShape.isBaseUrlKey(ObjectShape.normalize(s.simpleName()))) continue;
            String url = ctx.project().resolve(s.value()).knownPrefix();
            if (!url.contains("://")) continue;
            if (ObjectShape.isLoopback(url)) local++;
            else other++;
        }
        for (HttpCall call : file.calls()) {
            String url = ctx.project().resolve(call.url()).knownPrefix();
            if (!url.contains("://")) continue;
            if (ObjectShape.isLoopback(url)) local++;
            else other++;
        }
        return local > 0 && other == 0;
    }

    /**
     * A client given a custom {@code fetch} and a made-up key ({@code apiKey: 'test-key'}): the fetch answers for the
     * API, since the key would be refused by the real one. With a real key or one from the environment it may well
     * pass the request on (a logging wrapper).
     */
    private static boolean answersItself(ClientConfig c, ScanContext ctx) {
        if (!c.has(ClientConfig.Option.FETCH)) return false;
        Value key = c.option(ClientConfig.Option.API_KEY);
        return key != null && ctx.project().resolve(key) instanceof Value.Literal l
                && new dev.claudit.rules.Credentials(ctx.data()).find(l.text()).isEmpty();
    }

    private static boolean isLoopback(Value url, ScanContext ctx) {
        return ObjectShape.isLoopback(ctx.project().resolve(url).knownPrefix());
    }

    /**
     * A test that calls the real API: it builds an Anthropic client whose key comes from the environment and
     * whose base URL, if any, is Anthropic's host, and it stands up no HTTP double.
     */
    static boolean liveEndToEnd(FileFacts file, ScanContext ctx) {
        if (file.mockedHttp()) return false;
        for (ClientConfig c : file.clients()) {
            if (live(c, ctx)) return true;
        }
        // a Java test that reads the real key (@EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY"), System.getenv)
        // and builds no client of its own: its client is built elsewhere, against the real API
        if (!file.clients().isEmpty() || file.kind() != FileKind.JAVA) return false;
        return file.literals().stream().anyMatch(l -> LIVE_KEY_NAMES.contains(l.text()));
    }

    /** The environment variables the SDKs read their key from. */
    private static final java.util.Set<String> LIVE_KEY_NAMES = java.util.Set.of("ANTHROPIC_API_KEY", "CLAUDE_API_KEY");

    /** A real Anthropic client: its key from the environment, its base URL (if any) Anthropic's host, no custom fetch. */
    private static boolean live(ClientConfig c, ScanContext ctx) {
        if (c.sdk().otherPlatform()) return false;
        if (c.has(ClientConfig.Option.FETCH)) return false;
        Value base = c.option(ClientConfig.Option.BASE_URL);
        if (base != null && !Endpoint.of(ctx.project().resolve(base)).map(e -> e.isAnthropicApi(ctx.data())).orElse(false)) return false;
        Value key = c.option(ClientConfig.Option.API_KEY);
        boolean jsDefault = (c.sdk() == ClientConfig.Sdk.ANTHROPIC_JS || c.sdk() == ClientConfig.Sdk.AI_SDK_ANTHROPIC) && key == null
                && !c.has(ClientConfig.Option.AUTH_TOKEN);
        return jsDefault || c.has(ClientConfig.Option.FROM_ENV)
                || (key != null && !(ctx.project().resolve(key) instanceof Value.Literal) && !key.references().isEmpty());
    }
}
