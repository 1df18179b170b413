package dev.claudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The rules in catalogue order. A rule is two files: {@code rules/<id>.yml} (its metadata, examples and place in the
 * catalogue, {@code order:}) and its {@link Detector}, found by {@link ServiceLoader} and paired with the YAML by id.
 */
public final class RuleCatalog {

    private final Map<String, RuleMeta> rules;
    private final Map<String, Detector> detectors;

    private RuleCatalog(Map<String, RuleMeta> rules, Map<String, Detector> detectors) {
        this.rules = rules;
        this.detectors = detectors;
    }

    /** Loads every rule: each detector on the class path with its {@code rules/<id>.yml}, in the YAMLs' order. */
    public static RuleCatalog load() {
        return load(true);
    }

    /**
     * The catalogue without the rules' examples, which are most of each file and which a scan never shows: the
     * YAML parser then reads a quarter of the text, which a pre-commit hook notices, and from the jar no parser runs
     * at all ({@link YamlResources} serves the trees from the build's snapshot).
     */
    public static RuleCatalog loadForScan() {
        return load(false);
    }

    /**
     * The ids of every rule claudit has, without reading the rule files (a config naming a rule, a suppression
     * comment naming one). Catalogue order is not kept: the set only answers whether an id is a rule.
     */
    public static Set<String> ids() {
        return Discovered.IDS;
    }

    /** The detectors {@link ServiceLoader} finds ({@code META-INF/services/dev.claudit.rules.Detector}), in no order. */
    static List<Detector> discover() {
        return ServiceLoader.load(Detector.class, RuleCatalog.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The ids, found once: the class path does not change under a run. */
    private static final class Discovered {
        static final Set<String> IDS = Set.copyOf(discover().stream().map(Detector::ruleId).toList());
    }

    /** A rule file read: its place in the catalogue and its metadata. */
    private record Ordered(int order, RuleMeta meta, Detector detector) {
    }

    private static RuleCatalog load(boolean withExamples) {
        return assemble(discover(), id -> readYaml(id, withExamples));
    }

    /**
     * Pairs each detector with its rule file (read by {@code fileOf}) and sorts them by the files' {@code order:}. A
     * detector without its file, or two for one id, is a broken build, not a rule to drop.
     */
    static RuleCatalog assemble(List<Detector> discovered, java.util.function.Function<String, Optional<Map<String, Object>>> fileOf) {
        List<Ordered> found = new ArrayList<>();
        Map<String, Detector> seen = new LinkedHashMap<>();
        for (Detector d : discovered) {
            String id = d.ruleId();
            Detector twin = seen.put(id, d);
            if (twin != null) {
                throw new IllegalStateException("two detectors for rule '" + id + "': " + twin.getClass().getName() + " and " + d.getClass().getName());
            }
            Map<String, Object> yaml = fileOf.apply(id)
                    .orElseThrow(() -> new IllegalStateException(d.getClass().getName() + " implements rule '" + id + "' but rules/" + id + ".yml is missing"));
            found.add(new Ordered(order(id, yaml), parse(yaml), d));
        }
        found.sort(Comparator.comparingInt(Ordered::order).thenComparing(o -> o.meta().id()));
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        Map<String, Detector> detectors = new LinkedHashMap<>();
        for (Ordered o : found) {
            rules.put(o.meta().id(), o.meta());
            detectors.put(o.meta().id(), o.detector());
        }
        return new RuleCatalog(rules, detectors);
    }

    /** A rule's place in the catalogue (SARIF {@code ruleIndex}, {@code claudit rules}): its {@code order:}, lowest first. */
    static int order(String id, Map<String, Object> yaml) {
        if (yaml.get("order") instanceof Integer n) return n;
        throw new IllegalStateException("rules/" + id + ".yml: 'order' must be a whole number (the rule's place in the catalogue), not " + yaml.get("order"));
    }

    /** A catalogue of exactly these rules and detectors, in the order given (tests; embedding with other detectors). */
    public static RuleCatalog of(List<RuleMeta> rules, List<Detector> detectors) {
        Map<String, RuleMeta> r = new LinkedHashMap<>();
        for (RuleMeta m : rules) r.put(m.id(), m);
        Map<String, Detector> d = new LinkedHashMap<>();
        for (Detector x : detectors) d.put(x.ruleId(), x);
        return new RuleCatalog(r, d);
    }

    public List<RuleMeta> rules() {
        return List.copyOf(rules.values());
    }

    public Map<String, RuleMeta> byId() {
        return java.util.Collections.unmodifiableMap(rules);
    }

    public Optional<RuleMeta> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<Detector> detectors() {
        return List.copyOf(detectors.values());
    }

    /** Reads {@code rules/<id>.yml} from the class path. */
    public static Optional<RuleMeta> read(String id) {
        return read(id, true);
    }

    private static Optional<RuleMeta> read(String id, boolean withExamples) {
        return readYaml(id, withExamples).map(RuleCatalog::parse);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> readYaml(String id, boolean withExamples) {
        return YamlResources.tree("rules/" + id + ".yml", !withExamples).map(tree -> (Map<String, Object>) tree);
    }

    static RuleMeta parse(Map<String, Object> m) {
        List<RuleMeta.Example> examples = new ArrayList<>();
        for (Map<String, Object> ex : RuleData.maps(m.get("examples"))) { // absent when loaded for a scan
            Map<String, String> files = new LinkedHashMap<>();
            @SuppressWarnings("unchecked") Map<String, Object> fs = (Map<String, Object>) ex.get("files");
            fs.forEach((k, v) -> files.put(k, String.valueOf(v)));
            Object asOf = ex.get("as-of");
            examples.add(new RuleMeta.Example(String.valueOf(ex.get("title")), files, RuleData.isoDate(asOf)));
        }
        Object sev = m.get("security-severity");
        return new RuleMeta((String) m.get("id"), (String) m.get("name"), Level.parse((String) m.get("level")),
                sev == null ? null : String.valueOf(sev), (String) m.get("precision"), RuleData.strings(m.get("tags")),
                trim(m.get("summary")), trim(m.get("description")), messages(m), trim(m.get("help")), examples);
    }

    /**
     * The rule's named messages: {@code messages:} maps each name ({@code default}, {@code in-test}, ...) to its
     * template. A malformed template, or none at all, fails the load.
     */
    static Map<String, MessageTemplate> messages(Map<String, Object> m) {
        if (m.containsKey("message")) throw new IllegalArgumentException(m.get("id") + ": write `messages: {default: ...}`, not `message:`");
        Map<String, MessageTemplate> out = new LinkedHashMap<>();
        if (m.get("messages") instanceof Map<?, ?> named) {
            named.forEach((k, v) -> {
                MessageTemplate t = MessageTemplate.parse(String.valueOf(k), trim(v));
                out.put(t.name(), t);
            });
        }
        if (out.isEmpty()) throw new IllegalArgumentException(m.get("id") + ": no `messages:`");
        return out;
    }

    private static String trim(Object o) {
        return o == null ? "" : String.valueOf(o).trim();
    }
}
