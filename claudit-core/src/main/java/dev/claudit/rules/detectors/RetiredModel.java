package dev.claudit.rules.detectors;

import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.FileFacts;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Level;
import dev.claudit.rules.ModelCatalog;
import dev.claudit.rules.ScanContext;

import java.util.Optional;

/**
 * {@code retired-model}: an Anthropic model id (snapshot or alias, exactly as the catalogue lists it) that is
 * retired — or deprecated — at the scan's as-of date. Ids of partner platforms (Bedrock
 * {@code anthropic.claude-…-v1:0}, Vertex {@code claude-…@2024…}, OpenRouter {@code anthropic/claude-…}) follow
 * their own schedules and never match; neither do current or unknown ids.
 */
public final class RetiredModel implements Detector {

    public static final String ID = "retired-model";

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
            if (m.elsewhere()) continue; // reported where the constant is written
            String id = m.token().text();
            Optional<ModelCatalog.Model> model = ctx.data().models().lookup(id);
            if (model.isEmpty()) continue;
            ModelCatalog.Status status = model.get().status(ctx.asOf());
            if (status == ModelCatalog.Status.ACTIVE) continue;
            Level level = ctx.level(ID);
            boolean retired = status == ModelCatalog.Status.RETIRED;
            if (!retired && level.ordinal() < Level.WARNING.ordinal()) level = Level.WARNING;
            Optional<Level> judged = ModelPolicy.retired(m, file, level, ctx);
            if (judged.isEmpty()) continue;
            out.report(ctx.finding(ID).message(retired ? "retired" : "deprecated").with("model", id)
                    .with("date", String.valueOf(model.get().retired())).with("replacement", model.get().replacement())
                    .level(judged.get()).at(m.location()).matched(id).build());
        }
    }
}
