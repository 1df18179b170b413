package dev.claudit.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Conventions of Anthropic's native API from {@code rules/data/api.yml} and {@code hosts.yml}: the valid
 * {@code anthropic-version} values, header names wrongly used for the key, and the domains Anthropic serves from.
 */
public record ApiConventions(String currentVersion, List<String> deprecatedVersions, List<String> partnerVersionPrefixes,
                            List<String> misnamedKeyHeaders, List<String> anthropicDomains) {

    public ApiConventions {
        deprecatedVersions = List.copyOf(deprecatedVersions);
        partnerVersionPrefixes = List.copyOf(partnerVersionPrefixes);
        misnamedKeyHeaders = List.copyOf(misnamedKeyHeaders);
        anthropicDomains = List.copyOf(anthropicDomains);
    }

    /** What is wrong with an {@code anthropic-version} value. */
    public enum VersionProblem {
        /** valid but deprecated ({@code 2023-01-01}) */
        DEPRECATED,
        /** a valid value with whitespace around or inside it */
        WHITESPACE,
        /** a partner platform's body value ({@code bedrock-2023-05-31}) used as the header */
        PARTNER,
        /** anything else: the API answers 400 */
        INVALID
    }

    static ApiConventions load() {
        var api = RuleData.yaml("api.yml");
        @SuppressWarnings("unchecked") var version = (java.util.Map<String, Object>) api.get("version");
        return new ApiConventions(String.valueOf(version.get("current")), RuleData.strings(version.get("deprecated")),
                RuleData.strings(version.get("partner-prefixes")), RuleData.strings(api.get("misnamed-key-headers")),
                RuleData.strings(RuleData.yaml("hosts.yml").get("anthropic-domains")));
    }

    /** Judges an {@code anthropic-version} value exactly as written; empty when it is the current version. */
    public Optional<VersionProblem> judgeVersion(String raw) {
        if (raw.equals(currentVersion)) return Optional.empty();
        String squeezed = raw.replaceAll("\\s+", "");
        if (!squeezed.equals(raw) && (squeezed.equals(currentVersion) || deprecatedVersions.contains(squeezed))) {
            return Optional.of(VersionProblem.WHITESPACE);
        }
        if (deprecatedVersions.contains(raw)) return Optional.of(VersionProblem.DEPRECATED);
        String lower = squeezed.toLowerCase(Locale.ROOT);
        for (String p : partnerVersionPrefixes) if (lower.startsWith(p)) return Optional.of(VersionProblem.PARTNER);
        return Optional.of(VersionProblem.INVALID);
    }

    /** True when the header name is one people use for the key but the API does not read. */
    public boolean isMisnamedKeyHeader(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return misnamedKeyHeaders.contains(n);
    }

    /** True for a host Anthropic serves from ({@code api.anthropic.com}, {@code docs.anthropic.com}, {@code claude.ai}). */
    public boolean isAnthropicHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String d : anthropicDomains) if (h.equals(d) || h.endsWith("." + d)) return true;
        return false;
    }
}
