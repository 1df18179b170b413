package dev.claudit.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project-wide view: every file's facts plus the tables that resolve references across files
 * (a URL constant in one class used by a request in another, {@code @Value("${x}")} against
 * {@code application.yml}, an env name read in code against the settings that define it).
 */
public final class Project {

    private static final int MAX_DEPTH = 16;

    private final List<FileFacts> files;
    private final Map<String, List<Value>> symbols = new HashMap<>();
    private final Map<String, List<Setting>> settingsByKey = new HashMap<>();
    private final Set<String> gatewayHosts;
    private final Set<String> tokenTexts = new HashSet<>();
    /** Each constant is resolved once (a chain of constants that each repeat the previous one would be exponential). */
    private final Map<Value, Value> resolvedConstants = new java.util.IdentityHashMap<>();
    private final Set<String> cutPaths = new java.util.TreeSet<>();

    public Project(List<FileFacts> files, Set<String> gatewayHosts) {
        this.files = List.copyOf(files);
        Set<String> hosts = new HashSet<>();
        for (String h : gatewayHosts) {
            String host = h.trim().toLowerCase(java.util.Locale.ROOT);
            int colon = host.lastIndexOf(':');
            hosts.add(colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host); // ports do not matter
        }
        this.gatewayHosts = Set.copyOf(hosts);
        for (FileFacts f : files) {
            f.symbols().forEach((name, value) -> symbols.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
            for (Value.Literal t : f.tokens()) tokenTexts.add(t.text());
            for (Setting s : f.settings()) {
                settingsByKey.computeIfAbsent(normalizeKey(s.key()), k -> new ArrayList<>()).add(s);
            }
        }
    }

    public List<FileFacts> files() {
        return files;
    }

    /** Every credential-shaped token written whole in some file. */
    public Set<String> tokenTexts() {
        return Collections.unmodifiableSet(tokenTexts);
    }

    /** Hosts the user declared as gateways (config), lower case, without ports. */
    public Set<String> gatewayHosts() {
        return gatewayHosts;
    }

    /** Settings with this key in any file; keys compare relaxed ({@code api-key}, {@code apiKey}, {@code API_KEY} alike). */
    public List<Setting> settings(String key) {
        return settingsByKey.getOrDefault(normalizeKey(key), List.of());
    }

    /** All settings in the project. */
    public List<Setting> allSettings() {
        List<Setting> out = new ArrayList<>();
        for (FileFacts f : files) out.addAll(f.settings());
        return Collections.unmodifiableList(out);
    }

    /**
     * Replaces symbols by the constants they name and property references by the single literal value
     * the project's configuration gives them; leaves the rest as it is.
     */
    public Value resolve(Value value) {
        return resolve(value, 0, new HashSet<>());
    }

    /** Files in which resolving a value cut it at {@link Value#MAX_FOLDED}, sorted. */
    public Set<String> cutPaths() {
        return Collections.unmodifiableSet(cutPaths);
    }

    private Value resolve(Value value, int depth, Set<String> seen) {
        Abandoned.check();
        if (depth > MAX_DEPTH) return value;
        if (value instanceof Value.Symbol s) {
            Optional<Value> target = lookup(s);
            if (target.isEmpty()) return value;
            Value known = resolvedConstants.get(target.get());
            if (known != null) return known;
            if (!seen.add(s.name())) return value;
            Value r = resolve(target.get(), depth + 1, seen);
            seen.remove(s.name());
            resolvedConstants.put(target.get(), r);
            if (r.cut()) cutPaths.add(target.get().location().path());
            return r;
        }
        if (value instanceof Value.Reference r && r.source() == Value.Source.PROPERTY) {
            List<Setting> defs = settings(r.name());
            if (defs.size() == 1 && !seen.contains("prop:" + r.name())) {
                seen.add("prop:" + r.name());
                Value v = resolve(defs.get(0).value(), depth + 1, seen);
                seen.remove("prop:" + r.name());
                return v;
            }
            // @Value("${anthropic.base-url:https://...}") with no definition in the project: the default applies
            if (defs.isEmpty() && r.fallback() != null) return new Value.Literal(r.fallback(), r.location());
            return value;
        }
        if (value instanceof Value.Concat c) {
            Value acc = null;
            for (Value p : c.parts()) {
                Value rp = resolve(p, depth + 1, seen);
                acc = acc == null ? rp : Value.concat(acc, rp, c.location());
            }
            if (acc instanceof Value.Literal l) return new Value.Literal(l.text(), c.location(), true);
            if (acc != null && acc.cut()) cutPaths.add(c.location().path());
            return acc == null ? value : acc;
        }
        return value;
    }

    /** The call with its URL, header names and header values resolved across the project. */
    public HttpCall resolve(HttpCall call) {
        java.util.List<Header> headers = new ArrayList<>();
        for (Header h : call.headers()) headers.add(new Header(resolve(h.name()), resolve(h.value()), h.location()));
        return call.withHeaders(headers).withUrl(resolve(call.url()));
    }

    /** Finds the constant a symbol names: by qualified name, then {@code Class.NAME}, then a field in the same class. */
    private Optional<Value> lookup(Value.Symbol s) {
        List<String> candidates = new ArrayList<>();
        if (s.scope() != null && !s.scope().isEmpty()) {
            candidates.add(s.scope() + "." + s.name());
            int dot = s.scope().lastIndexOf('.');
            if (dot > 0) candidates.add(s.scope().substring(0, dot) + "." + s.name());
        }
        candidates.add(s.name());
        for (String c : candidates) {
            List<Value> vs = symbols.get(c);
            if (vs != null && vs.size() == 1) return Optional.of(vs.get(0));
        }
        return Optional.empty();
    }

    /** Lower-cases and drops separators so {@code api-key}, {@code apiKey}, {@code api_key} compare equal (Spring relaxed binding). */
    public static String normalizeKey(String key) {
        // most keys are already lower case without separators: no copy (a project's JSON can hold 100,000 keys)
        int first = 0;
        while (first < key.length()) {
            char c = key.charAt(first);
            if (c == '-' || c == '_' || Character.toLowerCase(c) != c) break;
            first++;
        }
        if (first == key.length()) return key;
        StringBuilder sb = new StringBuilder(key.length()).append(key, 0, first);
        for (int i = first; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-' || c == '_') continue;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
