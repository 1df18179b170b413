package dev.claudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data tables under {@code rules/data/}: credential formats, placeholder words, hosts, frontend prefixes
 * the model catalogue and the API's conventions. Data that changes over time is edited there, not in code.
 */
public record RuleData(List<CredentialFormat> credentialFormats, List<String> placeholderWords, double minEntropy,
                       int maxRepeatRun, List<String> officialHosts, List<WrongHost> wrongHosts,
                       List<String> partnerHostSuffixes, List<String> nativePaths, List<String> openAiCompatiblePaths,
                       List<String> frontendPrefixes, List<String> vendorWords, List<String> secretWords,
                       ModelCatalog models, ApiConventions api) {

    /**
     * One credential format: a family ({@code api}, {@code admin}) whose tokens start {@code sk-ant-<family><nn>-} for any
     * two-digit version, and either an exact body length with a suffix or a minimum length.
     */
    public record CredentialFormat(String family, String kind, int bodyLength, String suffix, int minBodyLength) {

        /** The length of the token's {@code sk-ant-<family><nn>-} prefix, or -1 when it is not of this family. */
        public int prefixLength(String token) {
            return dev.claudit.facts.CredentialToken.prefixLength(token, family);
        }
    }

    /**
     * A host (optionally with a path prefix) that is not Anthropic's API, and the host to use instead; paths under it
     * that {@code except} lists are that host's own and fine (claude.ai's MCP connector callback).
     */
    public record WrongHost(String host, String pathPrefix, List<String> except, String fix) {
        public WrongHost {
            except = except == null ? List.of() : List.copyOf(except);
        }
    }

    /** Loads the tables shipped in the jar (or on the test class path). */
    public static RuleData load() {
        Map<String, Object> creds = yaml("credentials.yml");
        Map<String, Object> ph = yaml("placeholders.yml");
        Map<String, Object> hosts = yaml("hosts.yml");
        Map<String, Object> fe = yaml("frontend-prefixes.yml");
        List<CredentialFormat> formats = new ArrayList<>();
        for (Map<String, Object> f : maps(creds.get("formats"))) {
            formats.add(new CredentialFormat((String) f.get("family"), (String) f.get("kind"),
                    ((Number) f.getOrDefault("body-length", 0)).intValue(), (String) f.get("suffix"),
                    ((Number) f.getOrDefault("min-body-length", 0)).intValue()));
        }
        List<WrongHost> wrong = new ArrayList<>();
        for (Map<String, Object> w : maps(hosts.get("wrong"))) {
            wrong.add(new WrongHost((String) w.get("host"), (String) w.get("path-prefix"), strings(w.get("except")), (String) w.get("fix")));
        }
        return new RuleData(formats, strings(ph.get("words")), ((Number) ph.get("min-entropy")).doubleValue(),
                ((Number) ph.get("max-repeat-run")).intValue(), strings(hosts.get("official")), wrong,
                strings(hosts.get("partner-host-suffixes")), strings(hosts.get("native-paths")),
                strings(hosts.get("openai-compatible-paths")), strings(fe.get("prefixes")), strings(fe.get("vendor-words")),
                strings(fe.get("secret-words")), ModelCatalog.load(), ApiConventions.load());
    }

    /** A data table's tree, from the jar's snapshot or its YAML ({@link YamlResources}). */
    static Map<String, Object> yaml(String name) {
        String resource = "rules/data/" + name;
        Object tree = YamlResources.tree(resource, false).orElseThrow(() -> new IllegalStateException("missing or empty data table /" + resource));
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) tree;
        return m;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    /** A YAML date (loaded as {@link java.util.Date}) or string as {@code YYYY-MM-DD}; null stays null. */
    static String isoDate(Object o) {
        if (o == null) return null;
        if (o instanceof java.util.Date d) return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        return String.valueOf(o);
    }

    static List<String> strings(Object o) {
        if (o == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object x : (List<?>) o) out.add(String.valueOf(x));
        return List.copyOf(out);
    }
}
