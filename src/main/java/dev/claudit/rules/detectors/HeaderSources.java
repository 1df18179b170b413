package dev.claudit.rules.detectors;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Value;
import dev.claudit.rules.ScanContext;

/** Headers the project adds outside the request itself: interceptors, default-header builders, shared header sets. */
final class HeaderSources {

    private HeaderSources() {
    }

    /** True when some visible interceptor or client default of the same client library sets {@code header}. */
    static boolean addedElsewhere(ScanContext ctx, String header, String api) {
        for (FileFacts f : ctx.project().files()) {
            for (HttpCall c : f.calls()) {
                // only header sets with no URL of their own (interceptors, shared header helpers) apply to other requests;
                // a client's default headers apply to requests made through that client, which are judged with them
                if (c.baseOnly() && c.url() instanceof Value.Unknown && c.header(header).isPresent()
                        && (api.equals(c.api()) || c.api().equals("unknown") || api.equals("unknown"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
