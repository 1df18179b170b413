package dev.claudit.rules.detectors;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Location;
import dev.claudit.facts.Role;
import dev.claudit.facts.Value;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code wrong-host}: a URL or host in code or configuration (not in comments or docs) that looks like
 * Anthropic's API but is not: {@code api.anthropic.ai}, {@code api.claude.ai}, {@code claude.ai/api},
 * {@code console.anthropic.com/v1}, {@code anthropic.com/v1}. Docs links, partner hosts and gateways
 * are other hosts and never match the table.
 */
public final class WrongHost implements Detector {

    public static final String ID = "wrong-host";

    @Override
    public String ruleId() {
        return ID;
    }

    /** Only the listed look-alike hosts are reported, and only where they are written. */
    @Override
    public Keywords keywords(RuleData data) {
        return Keywords.builder().ignoringCase(data.wrongHosts().stream().map(RuleData.WrongHost::host).toList()).build();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.mockedHttp()) return; // its requests reach a test double, not Anthropic
        Set<Location> seen = new HashSet<>();
        for (Value.Literal v : WrittenValues.of(file)) {
            if (!Role.counts(file.role(v.location()))) continue;
            String text = v.text();
            for (Endpoint e : endpoints(text)) {
                if (ctx.project().gatewayHosts().contains(e.host())) continue; // declared in .claudit.yml
                Optional<RuleData.WrongHost> w = wrong(e, ctx.data());
                if (w.isPresent() && seen.add(v.location())) {
                    String shown = e.host() + (w.get().pathPrefix() == null ? "" : w.get().pathPrefix());
                    out.report(ctx.finding(ID).with("host", shown).with("fix", w.get().fix()).at(v.location()).matched(shown).build());
                }
            }
        }
    }

    /** A bare host name with an optional port and path; compiled once ({@code String.matches} compiles it per call, per literal). */
    private static final java.util.regex.Pattern BARE_HOST =
            java.util.regex.Pattern.compile("(?i)[a-z0-9][a-z0-9.-]*\\.[a-z]{2,}(:\\d+)?(/\\S*)?");

    /** Every URL in a string, and the string itself when it is a bare host name. */
    static List<Endpoint> endpoints(String text) {
        List<Endpoint> out = new ArrayList<>();
        if (text.length() > 4096) return out;
        for (Endpoint.Found f : Endpoint.findAll(text)) out.add(f.endpoint());
        String t = text.trim();
        if (out.isEmpty() && BARE_HOST.matcher(t).matches()) {
            Endpoint.parse("https://" + t, true).ifPresent(out::add);
        }
        return out;
    }

    static Optional<RuleData.WrongHost> wrong(Endpoint e, RuleData data) {
        String path = e.path().toLowerCase(Locale.ROOT);
        for (RuleData.WrongHost w : data.wrongHosts()) {
            if (!e.host().equals(w.host())) continue;
            if (w.except().stream().anyMatch(path::startsWith)) continue;
            String p = w.pathPrefix();
            if (p == null || path.equals(p) || path.startsWith(p + "/")) return Optional.of(w);
        }
        return Optional.empty();
    }
}
