package dev.claudit.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dated model catalogue of {@code rules/data/models.yml}: which ids are deprecated or retired, and since when. */
public final class ModelCatalog {

    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("(claude-.+)-(\\d{8})");

    private final List<Model> models;
    private final Map<String, Model> byId = new HashMap<>();
    /** Every known dated snapshot (catalogued or current) by its version: {@code claude-3-5-sonnet} → its two snapshots. */
    private final Map<String, List<String>> snapshotsByVersion = new HashMap<>();

    public ModelCatalog(List<Model> models) {
        this(models, List.of());
    }

    /** The dated catalogue and the dated snapshots of current models. */
    public ModelCatalog(List<Model> models, List<String> currentSnapshots) {
        this.models = List.copyOf(models);
        for (Model m : this.models) {
            byId.put(m.id(), m);
            for (String a : m.aliases()) byId.put(a, m);
        }
        List<String> dated = new java.util.ArrayList<>(currentSnapshots);
        this.models.forEach(m -> dated.add(m.id()));
        for (String id : dated) {
            java.util.regex.Matcher d = DATED.matcher(id);
            if (d.matches()) snapshotsByVersion.computeIfAbsent(d.group(1), k -> new java.util.ArrayList<>()).add(id);
        }
    }

    /**
     * For an id that gives a known version a date none of its snapshots has ({@code claude-sonnet-4-5-20250514}),
     * the version's snapshots, latest first; empty for known snapshots, undated ids and versions not listed.
     */
    public List<String> otherSnapshots(String id) {
        java.util.regex.Matcher d = DATED.matcher(id);
        if (!d.matches()) return List.of();
        List<String> known = snapshotsByVersion.getOrDefault(d.group(1), List.of());
        if (known.contains(id)) return List.of();
        return known.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }


    public List<Model> models() {
        return models;
    }

    /**
     * A model snapshot with the other ids that resolve to it, its deprecation and retirement dates (ISO,
     * nullable) and the current model to move to.
     */
    public record Model(String id, List<String> aliases, String deprecated, String retired, String replacement) {
        public Model {
            aliases = List.copyOf(aliases);
        }

        /** Where the model stands at {@code date}. */
        public Status status(LocalDate date) {
            if (retired != null && !date.isBefore(LocalDate.parse(retired))) return Status.RETIRED;
            if (deprecated != null && !date.isBefore(LocalDate.parse(deprecated))) return Status.DEPRECATED;
            return Status.ACTIVE;
        }
    }

    /** A catalogued model's lifecycle stage at some date. */
    public enum Status { ACTIVE, DEPRECATED, RETIRED }

    /** The model an exact id or alias names (ids are case-sensitive, as the API treats them). */
    public Optional<Model> lookup(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    static ModelCatalog load() {
        if (RuleData.class.getResource("/rules/data/models.yml") == null) return new ModelCatalog(List.of());
        List<Model> out = new java.util.ArrayList<>();
        for (var m : RuleData.maps(RuleData.yaml("models.yml").get("models"))) {
            out.add(new Model(String.valueOf(m.get("id")), RuleData.strings(m.get("aliases")), RuleData.isoDate(m.get("deprecated")),
                    RuleData.isoDate(m.get("retired")), str(m.get("replacement"))));
        }
        return new ModelCatalog(out, RuleData.strings(RuleData.yaml("models.yml").get("snapshots")));
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
