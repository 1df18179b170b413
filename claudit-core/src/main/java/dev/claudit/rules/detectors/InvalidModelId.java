package dev.claudit.rules.detectors;

import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.FileFacts;
import dev.claudit.rules.Detector;
import dev.claudit.rules.FindingBuilder;
import dev.claudit.rules.ModelCatalog;
import dev.claudit.rules.ModelIds;
import dev.claudit.rules.ScanContext;

import java.util.List;
import java.util.Optional;

/**
 * {@code invalid-model-id}: a malformed Anthropic model id — dotted versions ({@code claude-3.5-sonnet},
 * {@code claude-sonnet-4.5}), the family and version in the wrong order, missing parts ({@code claude-sonnet},
 * {@code claude-3-opus} without a date), typos ({@code claude3-opus}). Only ids used as model values, or whole
 * literals with an unmistakable mistake, are judged; other platforms' ids, catalogued and well-formed unknown
 * ids, and strings such as {@code claude-code} are not.
 */
public final class InvalidModelId implements Detector {

    public static final String ID = "invalid-model-id";

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        return ModelMentions.keywords();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        for (ModelMentions.Mention m : ModelMentions.of(file, ctx)) {
            String id = m.token().text();
            if (ctx.data().models().lookup(id).isPresent()) continue; // retired-model's business
            Optional<ModelIds.Problem> p = ModelIds.problem(id).or(() -> wrongDate(id, ctx));
            if (p.isEmpty()) continue;
            boolean judged = m.modelValue() || (m.token().whole() && p.get().standalone());
            // a constant with an unmistakable mistake is reported where it is written
            if (!judged || (m.elsewhere() && p.get().standalone())) continue;
            if (!ModelPolicy.invalid(m, file, ctx)) continue;
            out.report(finding(p.get(), ctx).with("model", id).with("reason", p.get().reason()).at(m.location()).matched(id).build());
        }
    }

    /**
     * A known version with a date none of its snapshots has ({@code claude-sonnet-4-5-20250514}: Sonnet 4's date on
     * Sonnet 4.5); the version is more often meant than the date, so its latest snapshot is suggested.
     */
    private static Optional<ModelIds.Problem> wrongDate(String id, ScanContext ctx) {
        List<String> snapshots = ctx.data().models().otherSnapshots(id);
        if (snapshots.isEmpty()) return Optional.empty();
        String date = id.substring(id.length() - 8);
        String version = id.substring(0, id.length() - 9);
        String suggestion = snapshots.get(0);
        String dates = String.join(" or ", snapshots.stream().map(s -> s.substring(s.length() - 8)).toList());
        return Optional.of(new ModelIds.Problem("`" + version + "` has no snapshot dated " + date + " (only " + dates + ")",
                suggestion, version, true));
    }

    /** The reason, the corrected id when the reason does not name it, and a warning when every snapshot of the corrected id is retired. */
    private static FindingBuilder finding(ModelIds.Problem p, ScanContext ctx) {
        boolean suggest = p.suggestion() != null && !p.reason().contains("`" + p.suggestion() + "`");
        List<ModelCatalog.Model> family = !p.normalized().matches(".*\\d.*") ? List.of() // `claude-opus` names no version to look up
                : ctx.data().models().models().stream()
                .filter(m -> m.id().equals(p.normalized()) || m.id().startsWith(p.normalized() + "-")
                        || m.aliases().contains(p.normalized()))
                .toList();
        boolean retired = !family.isEmpty() && family.stream().allMatch(m -> m.status(ctx.asOf()) == ModelCatalog.Status.RETIRED);
        FindingBuilder f = ctx.finding(ID).message(suggest ? (retired ? "suggestion-retired-version" : "suggestion")
                : (retired ? "retired-version" : "default"));
        if (suggest) f.with("suggestion", p.suggestion());
        if (retired) f.with("version", p.normalized()).with("replacement", family.get(0).replacement());
        return f;
    }
}
