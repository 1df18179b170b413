package dev.claudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plain, stable JSON document for scripts: findings, suppressed findings, notices and a summary. No timing or
 * timestamps, so the same tree always gives the same bytes.
 */
public final class JsonReport {

    private final ObjectMapper mapper = PrettyJson.mapper();

    public void write(ScanResult result, Writer out) throws IOException {
        PrettyJson.write(mapper, toJson(result), out);
    }

    /** The whole document as a string (tests, small outputs). */
    public String render(ScanResult result) {
        return PrettyJson.render(mapper, toJson(result));
    }

    ObjectNode toJson(ScanResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", result.version());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : sorted(result.findings())) finding(findings.addObject(), f);
        ArrayNode suppressed = root.putArray("suppressed");
        List<ScanResult.Suppressed> hidden = new ArrayList<>(result.suppressed());
        hidden.sort(Comparator.comparing(ScanResult.Suppressed::finding, FindingOrder.ORDER));
        for (ScanResult.Suppressed s : hidden) {
            ObjectNode node = suppressed.addObject();
            finding(node, s.finding());
            node.put("suppression", s.kind());
            node.put("justification", Masked.text(s.justification(), s.finding().secret()));
        }
        ArrayNode notices = root.putArray("notices");
        for (Notice n : result.notices()) {
            notices.addObject()
                    .put("path", Masked.text(n.path()))
                    .put("level", n.level().id())
                    .put("message", Masked.text(n.message()));
        }
        Counts c = Counts.of(result);
        root.putObject("summary")
                .put("files", result.filesScanned())
                .put("errors", c.errors())
                .put("warnings", c.warnings())
                .put("notes", c.notes())
                .put("suppressed", c.suppressed());
        return root;
    }

    private static void finding(ObjectNode node, Finding f) {
        Location l = f.location();
        node.put("ruleId", f.ruleId())
                .put("level", f.level().id())
                .put("path", Masked.text(l.path(), f.secret()))
                .put("line", l.line())
                .put("column", l.column())
                .put("endLine", l.endLine())
                .put("endColumn", l.endColumn())
                .put("message", Masked.text(f.message(), f.secret()))
                .put("fingerprint", Fingerprints.partialFingerprint(f));
        dev.claudit.rules.Provenance p = f.provenance();
        if (p != null) {
            node.put("commit", p.commit()).put("date", p.date()).put("inTip", p.inTip());
            if (p.removedIn() != null) node.put("removedIn", p.removedIn());
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(FindingOrder.ORDER);
        return out;
    }
}
