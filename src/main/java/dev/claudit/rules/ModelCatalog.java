package dev.claudit.rules;

import java.util.List;

/** The dated model catalogue of {@code rules/data/models.yml}; filled by the model rules. */
public record ModelCatalog(List<Model> models) {

    /** A model id (or id prefix) with its deprecation and retirement dates (ISO, nullable) and replacement. */
    public record Model(String id, String deprecated, String retired, String replacement) {
    }

    static ModelCatalog load() {
        if (RuleData.class.getResource("/rules/data/models.yml") == null) return new ModelCatalog(List.of());
        List<Model> out = new java.util.ArrayList<>();
        for (var m : RuleData.maps(RuleData.yaml("models.yml").get("models"))) {
            out.add(new Model(String.valueOf(m.get("id")), RuleData.isoDate(m.get("deprecated")), RuleData.isoDate(m.get("retired")), str(m.get("replacement"))));
        }
        return new ModelCatalog(List.copyOf(out));
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
