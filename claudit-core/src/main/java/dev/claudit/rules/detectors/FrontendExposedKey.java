package dev.claudit.rules.detectors;

import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Finding;
import dev.claudit.rules.KeyNames;
import dev.claudit.rules.Level;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;

import dev.claudit.facts.Location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code frontend-exposed-key}: an Anthropic key put where a bundler ships it to browsers or apps — a
 * variable with a public prefix ({@code NEXT_PUBLIC_}, {@code VITE_}, ...) that names a key or holds one,
 * whatever its value; a next.config {@code env}/{@code publicRuntimeConfig} entry holding a key; the browser-access
 * opt-ins; an Android {@code BuildConfig} key fed to a client.
 */
public final class FrontendExposedKey implements Detector {

    public static final String ID = "frontend-exposed-key";
    private static final String BROWSER_ACCESS_HEADER = AnthropicHeaders.BROWSER_ACCESS;
    private static final java.util.Set<String> TEMPLATE_WORDS = java.util.Set.of("example", "examples", "sample", "template", "tmpl", "tpl", "dist");

    @Override
    public String ruleId() {
        return ID;
    }

    /**
     * Key variables and SDK clients name the vendor ({@code VITE_ANTHROPIC_API_KEY}, {@code AnthropicOkHttpClient}),
     * a public variable may hold a key, browser access is opted into "dangerously", Android keys come from BuildConfig.
     */
    @Override
    public Keywords keywords(RuleData data) {
        return Keywords.builder().ignoringCase(data.vendorWords()).exact(Credentials.MARK, "BuildConfig")
                .ignoringCase("dangerously").build();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        KeyNames names = new KeyNames(ctx.data());
        Credentials creds = new Credentials(ctx.data());
        List<String> prefixList = new ArrayList<>(ctx.data().frontendPrefixes());
        prefixList.addAll(ctx.extraFrontendPrefixes());
        PublicPrefixes prefixes = PublicPrefixes.of(prefixList);
        Set<Location> reported = new HashSet<>();
        for (Setting s : file.settings()) {
            String var = s.simpleName();
            if (var.equalsIgnoreCase(BROWSER_ACCESS_HEADER)) {
                // the header written as a key of a headers map (JS object literal, JSON, YAML), not only in a request;
                // sent from a server it only lifts a browser's CORS check, and no key leaves the server
                if (!file.serverOnly() && s.value().knownText().map(t -> t.trim().equalsIgnoreCase("true")).orElse(true) && reported.add(s.location())) {
                    out.report(browserAccess(ctx, s.location()));
                }
                continue;
            }
            if (s.origin() == Setting.Origin.ANDROID_BUILD_CONFIG || s.origin() == Setting.Origin.ANDROID_RES_VALUE) {
                // Gradle compiles the value into the APK; the name or what the value reads (local.properties, env) says it is the key
                boolean key = names.namesAnthropicSecret(var) || s.value().knownText().flatMap(creds::find).isPresent()
                        || KeyNames.names(s.value()).stream().anyMatch(names::namesAnthropicSecret);
                if (key && reported.add(s.location())) {
                    out.report(ctx.finding(ID).message(s.origin() == Setting.Origin.ANDROID_RES_VALUE ? "res-value" : "build-config-field")
                            .with("variable", var).at(s.location()).matched(var).build());
                }
                continue;
            }
            if (s.origin() == Setting.Origin.BUILD_CONFIG_READ) {
                if (names.namesAnthropicSecret(var) && reported.add(s.location())) out.report(buildConfig(ctx, s.value()));
                continue;
            }
            if (s.origin() == Setting.Origin.NEXT_CONFIG_ENVIRONMENT) {
                Optional<String> keyVar = anthropicKeyVariable(ctx, names);
                if (keyVar.isPresent()) {
                    out.report(ctx.finding(ID).message("next-config-whole-env").with("key", s.key()).with("variable", keyVar.get())
                            .at(s.location()).matched(s.key()).build());
                }
                continue;
            }
            if (s.origin() == Setting.Origin.NEXT_CONFIG) {
                // next.config `env` / `publicRuntimeConfig` entries are inlined into the client bundle whatever their name
                boolean key = names.namesAnthropicSecret(var) || s.value().knownText().flatMap(creds::find).isPresent()
                        || KeyNames.names(s.value()).stream().anyMatch(names::namesAnthropicSecret);
                if (key) {
                    out.report(ctx.finding(ID).message("next-config-entry").with("key", s.key()).at(s.location()).matched(s.key()).build());
                }
                continue;
            }
            Optional<String> prefix = publicPrefix(var, prefixes);
            if (prefix.isEmpty()) continue;
            boolean holdsKey = s.value().knownText().flatMap(creds::find).isPresent();
            if (names.namesAnthropicSecret(var.substring(prefix.get().length())) || holdsKey) {
                if (!holdsKey && isTemplate(file.path())) {
                    // a placeholder in a template is no secret yet, but every developer who copies it exposes theirs
                    out.report(ctx.finding(ID).message("template").with("variable", var).with("prefix", prefix.get())
                            .atMost(Level.WARNING).at(s.location()).matched(var).build());
                } else {
                    out.report(ctx.finding(ID).with("variable", var).with("prefix", prefix.get()).at(s.location()).matched(var).build());
                }
                reported.add(s.location());
            }
            if (lower(var).endsWith("dangerously_allow_browser") && s.value().knownText().map(t -> t.trim().equals("true")).orElse(false)) {
                out.report(ctx.finding(ID).message("allow-browser-setting").with("variable", var).at(s.location()).matched(var).build());
            }
        }
        for (ClientConfig c : file.clients()) {
            if (c.serverOnly()) continue;
            Value allow = c.option(ClientConfig.Option.DANGEROUSLY_ALLOW_BROWSER);
            Value apiKey = c.option(ClientConfig.Option.API_KEY);
            // the value followed into the SDK's key position: a bundled variable there ships the key whatever it is called
            for (Value.Reference r : apiKey == null ? List.<Value.Reference>of() : apiKey.references()) {
                Optional<String> p = r.source() == Value.Source.ENV ? publicPrefix(r.name(), prefixes) : Optional.empty();
                if (p.isPresent() && reported.add(r.location())) {
                    out.report(ctx.finding(ID).message("client-api-key").with("variable", r.name()).with("prefix", p.get())
                            .at(r.location()).matched(r.name()).build());
                }
            }
            if (allow != null && allow.knownText().map(t -> t.trim().equals("true")).orElse(false)) {
                out.report(ctx.finding(ID).message("allow-browser-option").at(allow.location()).matched("dangerouslyAllowBrowser").build());
            }
            Value key = c.option(ClientConfig.Option.API_KEY);
            if (key != null && isBuildConfigKey(key, names) && reported.add(key.location())) {
                out.report(buildConfig(ctx, key));
            }
        }
        for (Value v : file.symbols().values()) {
            // a Java constant holding BuildConfig.ANTHROPIC_API_KEY: the key read from the app package
            for (Value.Symbol sym : v.symbols()) {
                if (sym.name().startsWith("BuildConfig.") && names.namesAnthropicSecret(sym.name().substring(12))
                        && reported.add(sym.location())) {
                    out.report(buildConfig(ctx, sym));
                }
            }
        }
        for (HttpCall call : file.calls()) {
            for (Header h : call.headers()) {
                if (h.is(BROWSER_ACCESS_HEADER)
                        && !file.serverOnly() && h.value().knownText().map(t -> t.trim().equalsIgnoreCase("true")).orElse(true)) {
                    if (reported.add(h.location())) out.report(browserAccess(ctx, h.location()));
                } else if ((h.is(AnthropicHeaders.API_KEY) || h.is("authorization")) && isBuildConfigKey(h.value(), names)
                        && reported.add(h.value().location())) {
                    out.report(buildConfig(ctx, h.value()));
                }
            }
        }
    }

    /** An environment variable named like an Anthropic key that the project defines or reads, if any. */
    private static Optional<String> anthropicKeyVariable(ScanContext ctx, KeyNames names) {
        return ctx.project().files().stream().flatMap(f -> f.settings().stream())
                .filter(s -> s.origin() == Setting.Origin.ENV || s.origin() == Setting.Origin.JS_USAGE || s.origin() == Setting.Origin.DOCKERFILE)
                .map(Setting::simpleName).filter(names::namesAnthropicSecret).sorted().findFirst();
    }

    private static Finding browserAccess(ScanContext ctx, Location at) {
        return ctx.finding(ID).message("browser-access-header").at(at).matched(BROWSER_ACCESS_HEADER).build();
    }

    private static Finding buildConfig(ScanContext ctx, Value key) {
        String name = KeyNames.names(key).stream().filter(n -> n.startsWith("BuildConfig.")).findFirst().orElse("BuildConfig");
        return ctx.finding(ID).message("build-config-read").with("name", name).at(key.location()).matched(name).build();
    }

    private static boolean isBuildConfigKey(Value v, KeyNames names) {
        for (String n : KeyNames.names(v)) {
            if (n.startsWith("BuildConfig.") && (names.namesApiKey(n) || lower(n).contains("key") || lower(n).contains("token"))) return true;
        }
        return false;
    }

    /** A file meant to be copied and filled in: {@code .env.example}, {@code env.sample}, {@code config.template.yml}. */
    static boolean isTemplate(String path) {
        String name = lower(path.substring(path.lastIndexOf('/') + 1));
        for (String part : name.split("[._-]")) {
            if (TEMPLATE_WORDS.contains(part)) return true;
        }
        return false;
    }

    /**
     * The public prefixes, and the ASCII characters a name must start with to have one in any case (null when a
     * prefix is empty or starts beyond ASCII): most settings' names are turned away by their first character.
     */
    record PublicPrefixes(List<String> all, boolean[] asciiStarts) {
        static PublicPrefixes of(List<String> prefixes) {
            boolean[] starts = new boolean[128];
            for (String p : prefixes) {
                if (p.isEmpty() || p.charAt(0) >= 0x80) return new PublicPrefixes(prefixes, null);
                starts[Character.toLowerCase(p.charAt(0))] = true;
                starts[Character.toUpperCase(p.charAt(0))] = true;
            }
            return new PublicPrefixes(prefixes, starts);
        }
    }

    /** The first prefix {@code var} starts with, ignoring case, as written in {@code var}. */
    static Optional<String> publicPrefix(String var, PublicPrefixes prefixes) {
        // an ASCII first character matches a prefix's, ignoring case, only as the same letter in either case; a
        // character beyond ASCII (the long s, the Kelvin sign) is left to regionMatches
        if (prefixes.asciiStarts() != null && !var.isEmpty() && var.charAt(0) < 0x80 && !prefixes.asciiStarts()[var.charAt(0)]) {
            return Optional.empty();
        }
        for (String p : prefixes.all()) {
            if (var.length() > p.length() && var.regionMatches(true, 0, p, 0, p.length())) return Optional.of(var.substring(0, p.length()));
        }
        return Optional.empty();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
