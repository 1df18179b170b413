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
    private final Map<String, List<Value>> symbols;
    private final Map<String, List<Setting>> settingsByKey;
    private final Set<String> gatewayHosts;
    private final Set<String> tokenTexts;
    /**
     * Each constant is resolved once (a chain of constants that each repeat the previous one would be exponential),
     * per thread and until {@link #forgetResolved()}: where a chain is cut (a cycle, the depth limit) the result
     * depends on where resolving started, so each file's rules start afresh and its findings depend neither on the
     * files before it nor on the thread that ran them.
     */
    private final ThreadLocal<Map<Value, Value>> resolvedConstants = ThreadLocal.withInitial(java.util.IdentityHashMap::new);
    private final Set<String> cutPaths = new java.util.concurrent.ConcurrentSkipListSet<>();

    public Project(List<FileFacts> files, Set<String> gatewayHosts) {
        this(tablesOf(files), List.copyOf(files), gatewayHosts);
    }

    private static Builder tablesOf(List<FileFacts> files) {
        Builder b = new Builder(false);
        b.add(files);
        return b;
    }

    /** A project over a builder's tables, which it shares (not copies). */
    private Project(Builder tables, List<FileFacts> files, Set<String> gatewayHosts) {
        this.files = files;
        this.symbols = tables.symbols;
        this.settingsByKey = tables.settingsByKey;
        this.tokenTexts = tables.tokenTexts;
        Set<String> hosts = new HashSet<>();
        for (String h : gatewayHosts) {
            String host = h.trim().toLowerCase(java.util.Locale.ROOT);
            int colon = host.lastIndexOf(':');
            hosts.add(colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host); // ports do not matter
        }
        this.gatewayHosts = Set.copyOf(hosts);
    }

    /** An empty project that files are added to, a few at a time (see {@link Builder}). */
    public static Builder builder() {
        return new Builder(true);
    }

    /**
     * A project that grows: files are added in batches (the rounds of the cross-file reach) and each addition costs
     * what the new files hold, not what the project already holds. {@link #current()} resolves across the files
     * added so far; {@link #build} hands the tables over to the project the rules use, as if made from all files at
     * once.
     */
    public static final class Builder {
        private final List<FileFacts> files = new ArrayList<>();
        private final Map<String, List<Value>> symbols = new HashMap<>();
        private final Map<String, List<Setting>> settingsByKey = new HashMap<>();
        private final Set<String> tokenTexts = new HashSet<>();
        /** Whether files come in several batches: then each file's keys are kept, to put the lists in order at the end. */
        private final boolean batches;
        /** Each file's settings' keys as {@link #normalizeKey} gives them, in the order of its settings. */
        private final Map<FileFacts, String[]> settingKeys = new java.util.IdentityHashMap<>();
        /** Keys whose settings came in more than one batch: their lists are in the order of arrival, not of the files. */
        private final Set<String> spanning = new HashSet<>();
        /** Every setting added is located in its own file (as extractors write them): its path then gives its file. */
        private boolean locatedInOwnFile = true;
        private boolean built;

        private Builder(boolean batches) {
            this.batches = batches;
        }

        /** Adds a batch of files, none added before, in the project's order (by path, as the rules see them). */
        public void add(List<FileFacts> more) {
            if (built) throw new IllegalStateException("the project was built");
            // the keys that had settings before this batch, seen in it: their lists now span batches
            Set<String> touched = batches && !files.isEmpty() ? new HashSet<>() : null;
            for (FileFacts f : more) {
                files.add(f);
                f.symbols().forEach((name, value) -> symbols.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value));
                for (Value.Literal t : f.tokens()) tokenTexts.add(t.text());
                // a text file's settings are those of its docs' code samples: checked where written, never what code reads
                List<Setting> shared = f.kind() == FileKind.TEXT ? List.of() : f.settings();
                String[] keys = batches ? new String[shared.size()] : null;
                int i = 0;
                for (Setting s : shared) {
                    String key = normalizeKey(s.key());
                    // most keys have one setting (JSON members): room for ten each costs megabytes in a project of 300,000 settings
                    List<Setting> list = settingsByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (touched != null && touched.add(key) && !list.isEmpty()) spanning.add(key);
                    list.add(s);
                    if (keys != null) keys[i++] = key;
                    if (batches && locatedInOwnFile) locatedInOwnFile = s.location() != null && s.location().path().equals(f.path());
                }
                if (keys != null) settingKeys.put(f, keys);
            }
        }

        /** The keys of a file's settings as the project looks them up, in the order of its settings (batches only). */
        public List<String> settingKeys(FileFacts f) {
            return Collections.unmodifiableList(java.util.Arrays.asList(settingKeys.get(f)));
        }

        /**
         * The project of the files added so far, without gateway hosts, for resolving values between batches. It shares
         * this builder's tables: take a new one after each {@link #add} (what it resolved before is remembered).
         */
        public Project current() {
            if (built) throw new IllegalStateException("the project was built");
            return new Project(this, Collections.unmodifiableList(files), Set.of());
        }

        /**
         * The project for the rules, made of the tables built so far: the same as {@code new Project(files,
         * gatewayHosts)}. {@code files} are the files added, in the project's order; the builder is done after.
         */
        public Project build(List<FileFacts> files, Set<String> gatewayHosts) {
            if (built) throw new IllegalStateException("the project was built");
            if (files.size() != this.files.size()) throw new IllegalArgumentException("not the files added");
            built = true;
            if (!spanning.isEmpty()) {
                // settings of one key are listed in the files' order, as when every file came at once
                Map<String, Integer> rank = new HashMap<>();
                for (int i = 0; i < files.size(); i++) rank.put(files.get(i).path(), i);
                if (locatedInOwnFile && rank.size() == files.size()) {
                    for (String key : spanning) inFileOrder(settingsByKey.get(key), rank);
                } else {
                    for (String key : spanning) settingsByKey.get(key).clear();
                    for (FileFacts f : files) {
                        String[] keys = settingKeys.get(f);
                        if (keys == null) throw new IllegalArgumentException("not the files added: " + f.path());
                        for (int i = 0; i < keys.length; i++) {
                            if (spanning.contains(keys[i])) settingsByKey.get(keys[i]).add(f.settings().get(i));
                        }
                    }
                }
            }
            settingKeys.clear();
            return new Project(this, List.copyOf(files), gatewayHosts);
        }

        /**
         * Sorts one key's settings by their files' rank, keeping each file's own order (a stable sort: the list is a
         * run of settings in the files' order per batch). Only the few keys defined in several batches need it; going
         * over every setting of the project again would cost more than the lists hold.
         */
        private static void inFileOrder(List<Setting> list, Map<String, Integer> rank) {
            long[] order = new long[list.size()];
            boolean sorted = true;
            int previous = -1;
            for (int i = 0; i < order.length; i++) {
                Integer r = rank.get(list.get(i).location().path());
                if (r == null) throw new IllegalArgumentException("not the files added: " + list.get(i).location().path());
                order[i] = ((long) r << 32) | i;
                sorted &= r >= previous;
                previous = r;
            }
            if (sorted) return;
            java.util.Arrays.sort(order);
            List<Setting> arrived = new ArrayList<>(list);
            for (int i = 0; i < order.length; i++) list.set(i, arrived.get((int) order[i]));
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

    /** Forgets the constants this thread resolved (see {@link #resolvedConstants}): the rules call it before each file. */
    public void forgetResolved() {
        resolvedConstants.remove();
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
            Map<Value, Value> resolved = resolvedConstants.get();
            Value known = resolved.get(target.get());
            if (known != null) return known;
            if (!seen.add(s.name())) return value;
            Value r = resolve(target.get(), depth + 1, seen);
            seen.remove(s.name());
            resolved.put(target.get(), r);
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
        for (String c : candidates(s)) {
            List<Value> vs = symbols.get(c);
            if (vs != null && vs.size() == 1) return Optional.of(vs.get(0));
        }
        return Optional.empty();
    }

    /**
     * The names under which a symbol's constant may be defined, in the order they are tried: qualified by its scope,
     * by its scope's outer class, as written. The first one defined exactly once is the constant.
     */
    public static List<String> candidates(Value.Symbol s) {
        List<String> candidates = new ArrayList<>(3);
        if (s.scope() != null && !s.scope().isEmpty()) {
            candidates.add(s.scope() + "." + s.name());
            int dot = s.scope().lastIndexOf('.');
            if (dot > 0) candidates.add(s.scope().substring(0, dot) + "." + s.name());
        }
        candidates.add(s.name());
        return candidates;
    }

    /**
     * Whether {@link #normalizeKey normalizeKey(key)} ends with {@code suffix} (itself a normal key), read from the
     * key's end without making the normal form: detectors ask this of every setting, and only a few keys pass.
     */
    public static boolean normalKeyEndsWith(String key, String suffix) {
        int j = suffix.length() - 1;
        for (int i = key.length() - 1; j >= 0; i--) {
            if (i < 0) return false;
            char c = key.charAt(i);
            if (KeyFolding.separator(c, false)) continue;
            if (KeyFolding.lower(c) != suffix.charAt(j--)) return false;
        }
        return true;
    }

    /** Lower-cases and drops separators so {@code api-key}, {@code apiKey}, {@code api_key} compare equal (Spring relaxed binding). */
    public static String normalizeKey(String key) {
        return KeyFolding.fold(key, false); // the project and several detectors ask for each setting's key
    }
}
