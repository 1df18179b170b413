package dev.claudit.rules.detectors;

import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Project;
import dev.claudit.facts.Redactor;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import dev.claudit.rules.ApiConventions.VersionProblem;
import dev.claudit.rules.Detector;
import dev.claudit.rules.FindingBuilder;
import dev.claudit.rules.Level;
import dev.claudit.rules.ScanContext;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code invalid-version-header}: an {@code anthropic-version} other than {@code 2023-06-01} — in a request's
 * headers, a client's default headers, a LangChain4j {@code .version(...)} or a Spring AI / LangChain4j
 * {@code version} property. {@code 2023-01-01} is deprecated but still served (a warning); partner body values
 * ({@code bedrock-2023-05-31}), whitespace and anything else are answered with 400. Partner request bodies
 * ({@code "anthropic_version": "bedrock-2023-05-31"}) are not headers and are left alone.
 */
public final class InvalidVersionHeader implements Detector {

    public static final String ID = "invalid-version-header";

    /** Client options that become the header: LangChain4j {@code version}, Spring AI {@code anthropicVersion}. */
    private static final Set<ClientConfig.Option> VERSION_OPTIONS = EnumSet.of(ClientConfig.Option.VERSION, ClientConfig.Option.ANTHROPIC_VERSION);

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        return NativeEndpoints.keywords(data); // every place a version is set names anthropic
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.mockedHttp()) return; // its requests reach a test double, not Anthropic
        for (HttpCall raw : file.calls()) {
            for (Header h : raw.headers()) {
                if (!new Header(ctx.project().resolve(h.name()), h.value(), h.location()).is(AnthropicHeaders.VERSION)) continue;
                check(ctx.project().resolve(h.value()), h.location(), ctx, out);
            }
        }
        for (ClientConfig c : file.clients()) {
            if (c.sdk() != ClientConfig.Sdk.LANGCHAIN4J && c.sdk() != ClientConfig.Sdk.SPRING_AI) continue;
            for (ClientConfig.Option option : VERSION_OPTIONS) {
                Value v = c.option(option);
                if (v != null) check(ctx.project().resolve(v), v.location(), ctx, out);
            }
        }
        for (Setting s : file.settings()) {
            if (configuresVersion(s.key())) check(s.value(), s.location(), ctx, out);
        }
    }

    /** {@code spring.ai.anthropic.version}, {@code langchain4j.anthropic.chat-model.version}, Quarkus and Micronaut alike. */
    static boolean configuresVersion(String key) {
        // both forms end in "version": most keys are turned away without a normal copy
        if (!Project.normalKeyEndsWith(key, "version")) return false;
        String k = Project.normalizeKey(key);
        if (k.equals("springaianthropicversion")) return true;
        if (!k.endsWith(".version") || !k.contains("anthropic")) return false;
        return k.startsWith("spring.ai.anthropic.") || k.contains("langchain4j.");
    }

    private static void check(Value value, Location at, ScanContext ctx, Reporter out) {
        Optional<String> text = value.knownText();
        if (text.isEmpty()) return;
        Optional<VersionProblem> problem = ctx.data().api().judgeVersion(text.get());
        if (problem.isEmpty()) return;
        String current = ctx.data().api().currentVersion();
        String shown = show(text.get());
        String message = switch (problem.get()) {
            case DEPRECATED -> "deprecated";
            case WHITESPACE -> "whitespace";
            case PARTNER -> "partner";
            case INVALID -> "default";
        };
        FindingBuilder f = ctx.finding(ID).message(message).with("value", shown).with("current", current);
        if (problem.get() == VersionProblem.DEPRECATED) f.atMost(Level.WARNING);
        out.report(f.at(at).matched("anthropic-version: " + text.get().trim()).build());
    }

    /** The value with line breaks and tabs made visible, quoted when blanks matter, and short. */
    static String show(String v) {
        String s = v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        if (s.length() > 40) s = s.substring(0, 40) + "…";
        if (!s.equals(s.strip()) || s.contains(" ")) s = "\"" + s + "\"";
        return Redactor.maskAll(s);
    }
}
