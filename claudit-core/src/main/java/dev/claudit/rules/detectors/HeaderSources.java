package dev.claudit.rules.detectors;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Value;
import dev.claudit.rules.ScanContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * Headers the project adds outside the request itself: interceptors, default-header builders, shared header sets.
 * They complete only requests sent with the client they are attached to: when that client is built in sight, its
 * own interceptors; otherwise a header set of the same client library, in the same module and language.
 */
final class HeaderSources {

    /** Ways of sending that no interceptor or default header reaches: what the request sets is all it sends. */
    private static final Set<HttpCall.Api> NO_INTERCEPTORS = EnumSet.of(HttpCall.Api.JAVA_NET_HTTP, HttpCall.Api.URL_CONNECTION,
            HttpCall.Api.CURL, HttpCall.Api.FETCH, HttpCall.Api.JSON);

    private HeaderSources() {
    }

    /** True when a header set that may apply to {@code call} (written in {@code file}) sets {@code header}. */
    static boolean addedElsewhere(ScanContext ctx, String header, HttpCall call, FileFacts file) {
        if (NO_INTERCEPTORS.contains(call.api())) return false;
        String module = module(file.path());
        for (FileFacts f : ctx.project().files()) {
            for (HttpCall c : f.calls()) {
                // only header sets with no URL of their own (interceptors, shared header helpers) apply to other requests;
                // a client's default headers apply to requests made through that client, which are judged with them
                if (!c.baseOnly() || !(c.url() instanceof Value.Unknown) || c.header(header).isEmpty()) continue;
                if (call.sentVia() != null) {
                    // the client is built in sight: only its own interceptors add headers
                    if (c.addedBy() != null && call.sentVia().contains(c.addedBy())) return true;
                    continue;
                }
                boolean sameLibrary = call.api() == c.api() || c.api() == HttpCall.Api.UNKNOWN || call.api() == HttpCall.Api.UNKNOWN;
                if (sameLibrary && f.kind() == file.kind() && module(f.path()).equals(module)) return true;
            }
        }
        return false;
    }

    /**
     * The module a file belongs to, read from its path: what comes before its {@code src/} directory
     * ({@code services/billing/src/main/java/...} is in {@code services/billing}), else its directory.
     */
    static String module(String path) {
        if (path.startsWith("src/")) return "";
        int src = path.indexOf("/src/");
        if (src >= 0) return path.substring(0, src);
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
