package dev.claudit.rules.detectors;

import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Role;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Project;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.FindingBuilder;
import dev.claudit.rules.ScanContext;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code malformed-endpoint-path}: an Anthropic API URL whose path the API does not serve — {@code /v1}
 * doubled ({@code /v1/v1/messages}), or left out ({@code https://api.anthropic.com/messages}) — and a base URL
 * ending in {@code /v1} given to a client that appends {@code /v1/...} itself: the official SDKs
 * ({@code baseUrl(...)}, {@code ANTHROPIC_BASE_URL}) and Spring AI ({@code spring.ai.anthropic.base-url}).
 * LangChain4j and Quarkus expect their base URL to end in {@code /v1/}, so theirs are left alone.
 */
public final class MalformedEndpointPath implements Detector {

    public static final String ID = "malformed-endpoint-path";

    /** Clients that append {@code /v1/messages} to their base URL. */
    private static final Set<ClientConfig.Sdk> APPENDING_SDKS = EnumSet.of(ClientConfig.Sdk.ANTHROPIC_JAVA, ClientConfig.Sdk.ANTHROPIC_JS,
            ClientConfig.Sdk.SPRING_AI);

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        return NativeEndpoints.keywords(data);
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.mockedHttp()) return; // its requests reach a test double, not Anthropic
        Set<Integer> seenLines = new HashSet<>();
        for (Value.Literal lit : file.literals()) {
            if (!Role.counts(file.role(lit.location()))) continue;
            String text = lit.text();
            for (Endpoint.Found f : Endpoint.findAll(text)) {
                Optional<FindingBuilder> problem = pathProblem(f.endpoint(), ctx);
                if (problem.isPresent()) report(LiteralSpans.of(lit, f.start(), file.kind()), problem.get(), f.endpoint().path(), seenLines, out);
            }
        }
        for (HttpCall raw : file.calls()) {
            if (MissingApiKeyHeader.isSdkBuilder(raw, file)) continue;
            Value url = ctx.project().resolve(raw.url());
            // a URL written as one literal is reported where it is written; here only URLs joined from pieces
            if (url instanceof Value.Literal l && !l.folded()) continue;
            Optional<Endpoint> e = Endpoint.of(url);
            Optional<FindingBuilder> problem = e.flatMap(p -> pathProblem(p, ctx));
            if (problem.isPresent()) report(raw.location(), problem.get(), e.get().path(), seenLines, out);
        }
        for (ClientConfig c : file.clients()) {
            if (!APPENDING_SDKS.contains(c.sdk())) continue;
            String option = ClientConfig.Option.BASE_URL.key();
            Value v = c.option(ClientConfig.Option.BASE_URL);
            String where = c.sdk() == ClientConfig.Sdk.ANTHROPIC_JS ? "baseURL" : option + "(...)";
            if (v != null) baseUrl(ctx.project().resolve(v), v.location(), where, seenLines, ctx, out);
        }
        Boolean aiSdkOnly = null;
        for (Setting s : file.settings()) {
            if (!sdkBaseUrlSetting(s)) continue;
            if (isAnthropicBaseUrlVariable(s)) {
                // the AI SDK reads the same variable and wants it to end in /v1: only an appending client makes that wrong
                if (aiSdkOnly == null) aiSdkOnly = onlyTheAiSdkReadsIt(ctx);
                if (aiSdkOnly) continue;
            }
            Value v = s.value();
            if (v.knownText().isEmpty()) {
                for (Value.Reference r : v.references()) {
                    if (r.fallback() != null) v = new Value.Literal(r.fallback(), r.location());
                }
            }
            baseUrl(v, s.location(), s.simpleName(), seenLines, ctx, out);
        }
    }

    /** {@code ANTHROPIC_BASE_URL} (official SDKs, Claude Code) and Spring AI's {@code spring.ai.anthropic.base-url}. */
    static boolean sdkBaseUrlSetting(Setting s) {
        // asked of every setting: all three names end in "baseurl", so other keys are turned away without a normal
        // copy, and the rest normalized once (normalizing keeps every dot and makes none, so the simple name's normal
        // form is what follows the normal key's last dot)
        if (!Project.normalKeyEndsWith(s.key(), "baseurl")) return false;
        String key = Project.normalizeKey(s.key());
        String simple = key.substring(key.lastIndexOf('.') + 1);
        return simple.equals("anthropicbaseurl") || simple.equals("springaianthropicbaseurl") || key.equals("spring.ai.anthropic.baseurl");
    }

    private static boolean isAnthropicBaseUrlVariable(Setting s) {
        return Project.normalizeKey(s.simpleName()).equals("anthropicbaseurl");
    }

    /**
     * The project builds the Vercel AI SDK's Anthropic provider ({@code @ai-sdk/anthropic}, whose base URL ends in
     * {@code /v1}) and no client that appends {@code /v1/messages} itself.
     */
    private static boolean onlyTheAiSdkReadsIt(ScanContext ctx) {
        boolean aiSdk = false;
        for (FileFacts f : ctx.project().files()) {
            for (ClientConfig c : f.clients()) {
                if (APPENDING_SDKS.contains(c.sdk())) return false;
                if (c.sdk() == ClientConfig.Sdk.AI_SDK_ANTHROPIC) aiSdk = true;
            }
        }
        return aiSdk;
    }

    /** What is wrong with the path of a URL on Anthropic's API host: the finding's message, to be placed. */
    private static Optional<FindingBuilder> pathProblem(Endpoint e, ScanContext ctx) {
        if (!e.isAnthropicApi(ctx.data())) return Optional.empty();
        String path = e.path().toLowerCase(Locale.ROOT);
        if (path.startsWith("/v1/v1/") || path.equals("/v1/v1") || path.contains("/v1/v1/")) {
            return Optional.of(ctx.finding(ID).message("repeated-v1").with("url", e.host() + e.path()));
        }
        if (!path.startsWith("/v1/") && !path.isEmpty() && !path.equals("/")) {
            Endpoint withV1 = new Endpoint(e.scheme(), e.host(), "/v1" + e.path(), true);
            if (withV1.isNativePath(ctx.data())) {
                return Optional.of(ctx.finding(ID).message("missing-v1").with("url", e.host() + e.path()).with("path", e.path()));
            }
        }
        return Optional.empty();
    }

    private static void baseUrl(Value v, Location at, String where, Set<Integer> seenLines, ScanContext ctx, Reporter out) {
        Optional<String> text = v.knownText();
        if (text.isEmpty()) return;
        Optional<Endpoint> e = Endpoint.parse(text.get().trim(), true);
        if (e.isEmpty() || WrongHost.wrong(e.get(), ctx.data()).isPresent()) return; // wrong-host says it all
        String path = e.get().path();
        if (path.endsWith("/v1") || path.endsWith("/v1/")) {
            report(at, ctx.finding(ID).message("base-url-with-v1").with("setting", where).with("url", e.get().host() + path)
                    .with("base", path.replaceAll("/$", "")), path, seenLines, out);
        }
    }

    private static void report(Location at, FindingBuilder problem, String path, Set<Integer> seenLines, Reporter out) {
        if (!seenLines.add(at.line())) return;
        out.report(problem.at(at).matched(path).build());
    }
}
