package dev.claudit.rules.detectors;

import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Role;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.ScanContext;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code insecure-transport}: a plain {@code http://} (or {@code ws://}) URL to a host Anthropic serves from —
 * {@code api.anthropic.com}, any other {@code *.anthropic.com}, {@code claude.ai} — in code or configuration.
 * The key travels in the clear, or the redirect drops it. Loopback gateways and other hosts are not Anthropic's
 * and are left alone.
 */
public final class InsecureTransport implements Detector {

    public static final String ID = "insecure-transport";

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        return Keywords.builder().ignoringCase(data.vendorWords()).build(); // *.anthropic.com, claude.ai, claude.com
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.mockedHttp()) return; // its requests reach a test double, not Anthropic
        Set<String> seen = new HashSet<>();
        for (Value.Literal lit : WrittenValues.of(file)) {
            if (!Role.counts(file.role(lit.location()))) continue;
            String text = lit.text();
            for (int i = indexOfPlain(text, 0); i >= 0; i = indexOfPlain(text, i + 1)) {
                Optional<Endpoint> e = Endpoint.parse(text.substring(i, Endpoint.urlEnd(text, i)), true);
                if (e.isEmpty() || e.get().isLoopback() || ctx.project().gatewayHosts().contains(e.get().host())
                        || !ctx.data().api().isAnthropicHost(e.get().host())) continue;
                Location at = LiteralSpans.of(lit, i, file.kind());
                if (!seen.add(at.line() + ":" + e.get().host())) continue;
                String shown = e.get().scheme() + "://" + e.get().host();
                out.report(ctx.finding(ID).message(e.get().isAnthropicApi(ctx.data()) ? "default" : "other-anthropic-host")
                        .with("url", shown).with("secure", e.get().scheme().equals("ws") ? "wss" : "https").at(at).matched(shown).build());
            }
        }
    }

    /**
     * The next {@code http://} or {@code ws://} at a word start, case-insensitive: each {@code ://} (found by
     * {@link String#indexOf}, the JVM's intrinsic) is looked behind, not every character ahead.
     */
    static int indexOfPlain(String text, int from) {
        int start = Math.max(0, from);
        for (int j = text.indexOf("://", start); j >= 0; j = text.indexOf("://", j + 1)) {
            int i = j >= 4 && text.regionMatches(true, j - 4, "http", 0, 4) ? j - 4
                    : j >= 2 && text.regionMatches(true, j - 2, "ws", 0, 2) ? j - 2 : -1;
            if (i >= start && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) return i;
        }
        return -1;
    }
}
