package dev.claudit.rules.detectors;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Redactor;
import dev.claudit.facts.Value;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code hardcoded-credential}: an Anthropic credential written into a file — found lexically at its exact
 * position (so comments, broken files and any format count), or by constant folding when it was split
 * into pieces ({@code "sk-ant-api03-" + "..."}, {@code static final} parts, even across classes).
 */
public final class HardcodedCredential implements Detector {

    public static final String ID = "hardcoded-credential";

    @Override
    public String ruleId() {
        return ID;
    }

    /** Every token starts with {@code sk-ant-}; a key split by {@code +} keeps either that or {@code ant-<family>} whole. */
    @Override
    public Keywords keywords(RuleData data) {
        Keywords.Builder k = Keywords.builder().exact(Credentials.MARK);
        String ant = Credentials.MARK.substring(Credentials.MARK.indexOf('-') + 1); // "ant-"
        for (RuleData.CredentialFormat f : data.credentialFormats()) k.exact(ant + f.family());
        return k.build();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        Credentials creds = new Credentials(ctx.data());
        Set<String> seen = new HashSet<>();
        for (Value.Literal token : file.tokens()) {
            creds.classify(token.text()).ifPresent(f -> {
                seen.add(token.text());
                out.report(finding(ctx, f.kind(), token.text(), token));
            });
        }
        // split credentials: folded literals and constants that resolve to one
        for (Value.Literal lit : file.literals()) {
            if (!lit.folded()) continue;
            report(creds, lit.text(), lit, seen, ctx, out);
        }
        // a credential written whole somewhere in the project is reported there, not where it is used
        Set<String> whole = null;
        for (Value v : file.symbols().values()) {
            if (v.symbols().isEmpty()) continue;
            Value r = ctx.project().resolve(v);
            // a value cut at the folding cap is checked up to the cut
            String text = r instanceof Value.Literal l ? l.text() : r.cut() ? r.knownPrefix() : null;
            if (text == null || !text.contains(Credentials.MARK)) continue;
            if (whole == null) {
                whole = new HashSet<>(ctx.project().tokenTexts());
                whole.addAll(seen);
            }
            report(creds, text, r, whole, ctx, out);
        }
    }

    private static void report(Credentials creds, String text, Value at, Set<String> seen, ScanContext ctx, Reporter out) {
        Optional<Credentials.Match> m = creds.find(text);
        if (m.isPresent() && seen.add(m.get().token())) {
            out.report(finding(ctx, m.get().format().kind(), m.get().token(), at));
        }
    }

    private static Finding finding(ScanContext ctx, String kind, String secret, Value at) {
        return ctx.finding(ID).with("kind", kind).with("redacted", Redactor.redact(secret)).at(at.location()).matched(kind)
                .secret(secret).build();
    }
}
