package dev.claudit.rules.detectors;

import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Value;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Endpoint;
import dev.claudit.rules.KeyNames;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code bearer-instead-of-x-api-key}: {@code Authorization: Bearer} sent to a native endpoint of
 * {@code api.anthropic.com}, which only reads the key from {@code x-api-key}. OAuth tokens (the
 * {@code oauth} beta, {@code sk-ant-oat01-}, auth-token names), gateways and the OpenAI-compatible
 * endpoint take Bearer on purpose and are left alone.
 */
public final class BearerInsteadOfXApiKey implements Detector {

    public static final String ID = "bearer-instead-of-x-api-key";

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
            HttpCall call = ctx.project().resolve(raw);
            Optional<Header> auth = call.header("Authorization");
            if (auth.isEmpty() || !auth.get().value().knownPrefix().trim().toLowerCase(Locale.ROOT).startsWith("bearer")) continue;
            if (!NativeEndpoints.isNative(call, ctx)) continue;
            if (isOAuth(call, auth.get().value())) continue;
            out.report(ctx.finding(ID).at(auth.get().location()).matched("Authorization: Bearer").build());
        }
    }

    static boolean isOAuth(HttpCall call, Value token) {
        if (call.header(AnthropicHeaders.BETA).map(h -> h.value().render().toLowerCase(Locale.ROOT).contains("oauth")).orElse(false)) {
            return true;
        }
        if (token.render().contains(Credentials.MARK + "oat") || token.render().contains(Credentials.MARK + "ort")) return true;
        return KeyNames.names(token).stream().anyMatch(KeyNames::namesOAuthToken);
    }
}
