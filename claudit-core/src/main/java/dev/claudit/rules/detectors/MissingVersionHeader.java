package dev.claudit.rules.detectors;

import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.HttpCall;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;

/**
 * {@code missing-version-header}: a raw request to a native endpoint whose headers are all visible and
 * lack {@code anthropic-version}. SDK clients add it; requests whose headers may be completed by an
 * interceptor or a client's default headers are not judged.
 */
public final class MissingVersionHeader implements Detector {

    public static final String ID = "missing-version-header";

    @Override
    public String ruleId() {
        return ID;
    }

    @Override
    public Keywords keywords(RuleData data) {
        return NativeEndpoints.keywords(data);
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.mockedHttp()) return; // its requests reach a test double, not Anthropic
        for (HttpCall raw : file.calls()) {
            if (!raw.headersComplete()) continue;
            HttpCall call = ctx.project().resolve(raw);
            if (!NativeEndpoints.isNativeRequest(call, ctx) || call.header(AnthropicHeaders.VERSION).isPresent()) continue;
            if (HeaderSources.addedElsewhere(ctx, AnthropicHeaders.VERSION, raw, file)) continue;
            String path = Endpoint.of(call.url()).map(Endpoint::path).orElse("");
            out.report(ctx.finding(ID).with("path", path).at(call.location()).matched(path).build());
        }
    }

    /** The header may be added by an interceptor or default-header builder in another file ({@link HeaderSources}). */
    @Override
    public boolean readsOtherFiles() {
        return true;
    }
}
