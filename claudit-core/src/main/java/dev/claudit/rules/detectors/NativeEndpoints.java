package dev.claudit.rules.detectors;

import dev.claudit.facts.HttpCall;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;

import java.util.Optional;

/** Whether a request goes to Anthropic's own (native) API, where {@code x-api-key} and {@code anthropic-version} apply. */
final class NativeEndpoints {

    private NativeEndpoints() {
    }

    /**
     * A native request names the API host somewhere: in its own file, or in a constant or setting it reads (the
     * pipeline follows those across files). The host's own label ({@code anthropic} of {@code api.anthropic.com})
     * also survives a URL assembled from pieces.
     */
    static Keywords keywords(RuleData data) {
        Keywords.Builder k = Keywords.builder();
        for (String host : data.officialHosts()) {
            String[] labels = host.split("\\.");
            k.ignoringCase(labels.length >= 2 ? labels[labels.length - 2] : host);
        }
        return k.build();
    }

    /** A resolved call to {@code api.anthropic.com} on a native path, or a client base URL on that host. */
    static boolean isNative(HttpCall call, ScanContext ctx) {
        Optional<Endpoint> e = Endpoint.of(call.url());
        if (e.isEmpty() || !e.get().isAnthropicApi(ctx.data())) return false;
        if (call.baseOnly()) return e.get().isBase() || e.get().isNativePath(ctx.data());
        return e.get().isNativePath(ctx.data());
    }

    /** A full request (not a client's defaults) to a native endpoint. */
    static boolean isNativeRequest(HttpCall call, ScanContext ctx) {
        return !call.baseOnly() && isNative(call, ctx);
    }
}
