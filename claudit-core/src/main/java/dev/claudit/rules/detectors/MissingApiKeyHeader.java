package dev.claudit.rules.detectors;

import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.ScanContext;

import java.util.Optional;

/**
 * {@code missing-api-key-header}: a raw request to a native endpoint whose headers are all visible and carry
 * neither {@code x-api-key} nor {@code Authorization}, or carry the key under a name the API does not read
 * ({@code anthropic-api-key}, {@code api-key}, ...). SDK clients add the header themselves; requests whose
 * headers an interceptor or a client's defaults may complete are not judged.
 */
public final class MissingApiKeyHeader implements Detector {

    public static final String ID = "missing-api-key-header";

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        return NativeEndpoints.keywords(data).and(Keywords.builder().ignoringCase(AnthropicHeaders.API_KEY).build()); // + interceptors elsewhere
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.mockedHttp()) return; // its requests reach a test double, not Anthropic
        for (HttpCall raw : file.calls()) {
            if (isSdkBuilder(raw, file)) continue;
            HttpCall call = ctx.project().resolve(raw);
            if (!NativeEndpoints.isNative(call, ctx) || hasKeyHeader(call)) continue;
            if (HeaderSources.addedElsewhere(ctx, AnthropicHeaders.API_KEY, raw, file) || HeaderSources.addedElsewhere(ctx, "Authorization", raw, file)) {
                continue;
            }
            Optional<Header> misnamed = call.headers().stream()
                    .filter(h -> ctx.data().api().isMisnamedKeyHeader(h.nameText())).findFirst();
            if (misnamed.isPresent()) {
                String name = misnamed.get().nameText().trim();
                out.report(ctx.finding(ID).message("misnamed").with("header", name).at(misnamed.get().location()).matched(name).build());
                continue;
            }
            // a header whose name is not known might be the key
            if (call.baseOnly() || !raw.headersComplete() || call.headers().stream().anyMatch(h -> h.nameText().isBlank())) continue;
            String path = Endpoint.of(call.url()).map(Endpoint::path).orElse("");
            out.report(ctx.finding(ID).with("path", path).at(call.location()).matched(path).build());
        }
    }

    private static boolean hasKeyHeader(HttpCall call) {
        return call.header(AnthropicHeaders.API_KEY).isPresent() || call.header("Authorization").isPresent();
    }

    /** The base URL of an SDK client builder ({@code AnthropicOkHttpClient.builder().baseUrl(...)}), not a request. */
    static boolean isSdkBuilder(HttpCall call, FileFacts file) {
        for (ClientConfig c : file.clients()) {
            if (contains(c.location(), call.location())) return true;
        }
        return false;
    }

    private static boolean contains(Location outer, Location inner) {
        boolean startsAfter = inner.line() > outer.line() || (inner.line() == outer.line() && inner.column() >= outer.column());
        boolean endsBefore = inner.endLine() < outer.endLine() || (inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn());
        return startsAfter && endsBefore;
    }

    /** The header may be added by an interceptor or default-header builder in another file ({@link HeaderSources}). */
    @Override
    public boolean readsOtherFiles() {
        return true;
    }
}
