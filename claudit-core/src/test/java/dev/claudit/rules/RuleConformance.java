package dev.claudit.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What makes a catalogue of rules whole: every {@code rules/<id>.yml} has one detector and every detector one YAML,
 * ids are unique and match their file names, each YAML holds only known fields with known values, has a place in
 * the catalogue, and examples that fail and examples that pass. A rule broken in any of these ways would otherwise
 * pass every test and vanish from {@code claudit rules}, or show a typo'd field's default.
 */
final class RuleConformance {

    /** The top-level fields of a rule file (design.md, "Rules live in rules/"). */
    static final Set<String> FIELDS = Set.of("id", "order", "name", "level", "security-severity", "precision", "tags",
            "summary", "description", "messages", "help", "examples");
    /** The fields every rule file must have; {@code security-severity} is for security rules only. */
    static final List<String> REQUIRED = List.of("id", "order", "name", "level", "precision", "tags", "summary",
            "description", "messages", "help", "examples");
    static final Set<String> EXAMPLE_FIELDS = Set.of("title", "files", "as-of");
    /** A rule's default level; {@code none} is only a fail-on threshold. */
    static final Set<String> LEVELS = Set.of("error", "warning", "note");
    /** SARIF's {@code properties.precision} values. */
    static final Set<String> PRECISIONS = Set.of("very-high", "high", "medium", "low");
    /** The tags rules use; a new one is added here on purpose, so that a typo ({@code secrurity}) is not a new tag. */
    static final Set<String> TAGS = Set.of("security", "correctness", "authentication", "secrets", "frontend", "maintainability");
    /** CWE tags as GitHub code scanning reads them. */
    static final Pattern CWE_TAG = Pattern.compile("external/cwe/cwe-[1-9]\\d*");
    /** GitHub shows at most ten tags (design.md, SARIF). */
    static final int MAX_TAGS = 10;
    static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private RuleConformance() {
    }

    /**
     * The problems of a catalogue, one line each (empty when it is whole).
     *
     * @param ruleFiles       file name ({@code wrong-host.yml}) → its text
     * @param implementations every concrete {@link Detector} class in the code
     * @param loaded          the detectors {@link java.util.ServiceLoader} finds
     */
    static List<String> check(Map<String, String> ruleFiles, Collection<Class<?>> implementations, List<Detector> loaded) {
        List<String> problems = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        Map<Integer, String> fileByOrder = new TreeMap<>();
        Set<String> unreadable = new TreeSet<>(); // their ids are unknown: a detector is not also said to lack them
        for (Map.Entry<String, String> file : new TreeMap<>(ruleFiles).entrySet()) {
            String name = file.getKey();
            Map<String, Object> yaml;
            try {
                Object parsed = yaml().load(file.getValue());
                if (!(parsed instanceof Map<?, ?>)) {
                    problems.add(name + ": not a YAML mapping of fields");
                    unreadable.add(name);
                    continue;
                }
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) parsed;
                yaml = m;
            } catch (YAMLException e) {
                problems.add(name + ": not valid YAML: " + e.getMessage().replaceAll("\\s+", " ").strip());
                unreadable.add(name);
                continue;
            }
            checkFile(name, yaml, problems);
            Object id = yaml.get("id");
            if (id instanceof String s) {
                String twin = fileById.put(s, name);
                if (twin != null) problems.add(name + ": duplicate id '" + s + "', also in " + twin);
            }
            if (yaml.get("order") instanceof Integer n) {
                String twin = fileByOrder.put(n, name);
                if (twin != null) problems.add(name + ": duplicate order " + n + ", also in " + twin + " (each rule has its own place)");
            }
        }
        Map<String, Detector> detectorById = new TreeMap<>();
        Set<String> loadedClasses = new TreeSet<>();
        for (Detector d : loaded) {
            loadedClasses.add(d.getClass().getName());
            Detector twin = detectorById.put(d.ruleId(), d);
            if (twin != null) {
                problems.add("duplicate id '" + d.ruleId() + "': detectors " + twin.getClass().getName() + " and " + d.getClass().getName());
            }
        }
        for (Class<?> c : implementations) {
            if (!loadedClasses.contains(c.getName())) {
                problems.add(c.getName() + ": a detector not registered: add its name to "
                        + "src/main/resources/META-INF/services/" + Detector.class.getName());
            }
        }
        for (String id : detectorById.keySet()) {
            if (!fileById.containsKey(id) && !unreadable.contains(id + ".yml")) {
                problems.add(detectorById.get(id).getClass().getName() + ": detector of rule '" + id + "' has no rules/" + id + ".yml");
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(fileById).entrySet()) {
            if (!detectorById.containsKey(e.getKey())) {
                problems.add(e.getValue() + ": rule '" + e.getKey() + "' has no detector (a Detector whose ruleId() is '"
                        + e.getKey() + "', listed in META-INF/services/" + Detector.class.getName() + ")");
            }
        }
        return problems;
    }

    /** Duplicate keys are an error, not the last one winning. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static void checkFile(String name, Map<String, Object> yaml, List<String> problems) {
        for (String key : new TreeSet<>(yaml.keySet())) {
            if (!FIELDS.contains(key)) problems.add(name + ": unknown field '" + key + "' (known: " + new TreeSet<>(FIELDS) + ")");
        }
        for (String key : REQUIRED) {
            if (yaml.get(key) == null) problems.add(name + ": missing field '" + key + "'");
        }
        if (yaml.get("id") != null) {
            String id = String.valueOf(yaml.get("id"));
            if (!name.equals(id + ".yml")) problems.add(name + ": id '" + id + "' does not match the file name (rules/" + id + ".yml)");
            if (!RULE_ID.matcher(id).matches()) problems.add(name + ": id '" + id + "' is not lower-case words joined by hyphens");
        }
        if (yaml.get("order") != null && !(yaml.get("order") instanceof Integer)) {
            problems.add(name + ": order '" + yaml.get("order") + "' is not a whole number");
        }
        if (yaml.get("name") != null && !NAME.matcher(String.valueOf(yaml.get("name"))).matches()) {
            problems.add(name + ": name '" + yaml.get("name") + "' is not PascalCase");
        }
        if (yaml.get("level") != null && !LEVELS.contains(String.valueOf(yaml.get("level")))) {
            problems.add(name + ": unknown level '" + yaml.get("level") + "' (known: " + new TreeSet<>(LEVELS) + ")");
        }
        if (yaml.get("precision") != null && !PRECISIONS.contains(String.valueOf(yaml.get("precision")))) {
            problems.add(name + ": unknown precision '" + yaml.get("precision") + "' (known: " + new TreeSet<>(PRECISIONS) + ")");
        }
        Object severity = yaml.get("security-severity");
        if (severity != null && !isSeverity(severity)) {
            problems.add(name + ": unknown security-severity '" + severity + "' (a quoted number from \"0.1\" to \"10.0\")");
        }
        checkTags(name, yaml.get("tags"), severity != null, problems);
        checkExamples(name, yaml, problems);
    }

    private static boolean isSeverity(Object severity) {
        if (!(severity instanceof String s) || !s.matches("\\d{1,2}\\.\\d")) return false;
        BigDecimal v = new BigDecimal(s);
        return v.compareTo(new BigDecimal("0.1")) >= 0 && v.compareTo(BigDecimal.TEN) <= 0;
    }

    private static void checkTags(String name, Object tags, boolean security, List<String> problems) {
        if (tags == null) return;
        if (!(tags instanceof List<?> list)) {
            problems.add(name + ": tags is not a list");
            return;
        }
        if (list.size() > MAX_TAGS) problems.add(name + ": " + list.size() + " tags, more than " + MAX_TAGS);
        for (Object tag : list) {
            String t = String.valueOf(tag);
            if (!TAGS.contains(t) && !CWE_TAG.matcher(t).matches()) {
                problems.add(name + ": unknown tag '" + t + "' (known: " + new TreeSet<>(TAGS) + " and external/cwe/cwe-N)");
            }
        }
        if (security != list.contains("security")) {
            problems.add(name + (security ? ": a security-severity without the tag 'security'" : ": the tag 'security' without a security-severity"));
        }
    }

    /** Needs an example in which the rule reports (a line marked {@code expect: <id>}) and one in which it does not. */
    private static void checkExamples(String name, Map<String, Object> yaml, List<String> problems) {
        Object examples = yaml.get("examples");
        if (examples == null) return;
        if (!(examples instanceof List<?> list)) {
            problems.add(name + ": examples is not a list");
            return;
        }
        String id = String.valueOf(yaml.get("id"));
        boolean failing = false;
        boolean passing = false;
        for (Object e : list) {
            if (!(e instanceof Map<?, ?> example)) {
                problems.add(name + ": an example is not a mapping of title and files");
                continue;
            }
            String title = String.valueOf(example.get("title"));
            for (Object key : new TreeSet<>(example.keySet().stream().map(String::valueOf).toList())) {
                if (!EXAMPLE_FIELDS.contains(key)) {
                    problems.add(name + ": example '" + title + "': unknown field '" + key + "' (known: " + new TreeSet<>(EXAMPLE_FIELDS) + ")");
                }
            }
            if (example.get("title") == null) problems.add(name + ": an example without a title");
            if (!(example.get("files") instanceof Map<?, ?> files) || files.isEmpty()) {
                problems.add(name + ": example '" + title + "' has no files");
                continue;
            }
            Map<String, String> contents = new java.util.LinkedHashMap<>();
            files.forEach((k, v) -> contents.put(String.valueOf(k), String.valueOf(v)));
            if (new RuleMeta.Example(title, contents, null).reports(id)) failing = true;
            else passing = true;
        }
        if (!failing) problems.add(name + ": no failing example (one with a line marked 'expect: " + id + "')");
        if (!passing) problems.add(name + ": no passing example (one without any line marked 'expect: " + id + "')");
    }
}
