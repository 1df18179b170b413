package dev.claudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudit.rules.RuleMeta;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The rule catalogue as {@code claudit rules} prints it: an aligned text table, a GitHub markdown table, or JSON. */
public final class RulesTable {

    private final List<RuleMeta> rules;

    public RulesTable(List<RuleMeta> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Aligned columns: id, level, security severity ({@code -} when not a security rule), summary. */
    public String text() {
        int idWidth = "RULE".length();
        int levelWidth = "LEVEL".length();
        for (RuleMeta r : rules) {
            idWidth = Math.max(idWidth, r.id().length());
            levelWidth = Math.max(levelWidth, r.level().id().length());
        }
        String format = "%-" + idWidth + "s  %-" + levelWidth + "s  %-8s  %s";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, format, "RULE", "LEVEL", "SECURITY", "SUMMARY").stripTrailing()).append('\n');
        for (RuleMeta r : rules) {
            String severity = r.isSecurity() ? r.securitySeverity() : "-";
            out.append(String.format(Locale.ROOT, format, r.id(), r.level().id(), severity, oneLine(r.summary())).stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    /** A GitHub table: Rule | Level | Security severity | What it flags. */
    public String markdown() {
        return markdown(id -> null);
    }

    /** The same table with each rule's id linking to {@code linkOf.apply(id)} (none where it gives null). */
    public String markdown(java.util.function.UnaryOperator<String> linkOf) {
        StringBuilder out = new StringBuilder();
        out.append("| Rule | Level | Security severity | What it flags |\n");
        out.append("|---|---|---|---|\n");
        for (RuleMeta r : rules) {
            String link = linkOf.apply(r.id());
            out.append("| ").append(link == null ? "`" + r.id() + "`" : "[`" + r.id() + "`](" + link + ")").append(" | ")
                    .append(r.level().id()).append(" | ")
                    .append(r.isSecurity() ? r.securitySeverity() : "").append(" | ")
                    .append(cell(r.summary())).append(" |\n");
        }
        return out.toString();
    }

    /** Each rule's metadata without its examples, in catalogue order. */
    public String json() {
        ObjectMapper mapper = PrettyJson.mapper();
        ArrayNode array = mapper.createArrayNode();
        for (RuleMeta r : rules) {
            ObjectNode node = array.addObject()
                    .put("id", r.id())
                    .put("name", r.name())
                    .put("level", r.level().id())
                    .put("securitySeverity", r.securitySeverity())
                    .put("precision", r.precision());
            ArrayNode tags = node.putArray("tags");
            r.tags().forEach(tags::add);
            node.put("summary", r.summary())
                    .put("description", r.description())
                    .put("message", r.message());
            ObjectNode messages = node.putObject("messages"); // every named message; "message" is the default one
            r.messages().forEach((name, m) -> messages.put(name, m.text()));
            node.put("help", r.help());
        }
        StringWriter out = new StringWriter();
        try {
            PrettyJson.write(mapper, array, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** A pipe would end the cell early. */
    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }
}
