package dev.claudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudit.facts.Location;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reports GitLab reads from CI artifacts.
 *
 * <ul>
 *   <li>{@link #codeQuality}: a Code Quality report ({@code artifacts:reports:codequality}) of every finding —
 *       shown in merge requests on every GitLab tier, so a leaked key is seen on the free tier too.</li>
 *   <li>{@link #secretDetection}: a Secret Detection report ({@code artifacts:reports:secret_detection}, security
 *       report schema 15) of the credential findings only: what GitLab Ultimate's vulnerability report tracks.</li>
 * </ul>
 * Neither carries a credential: findings are masked and no source extract is written.
 */
public final class GitLabReport {

    /** The security report schema version written; its required fields are what {@code GitLabReportTest} checks. */
    static final String SCHEMA_VERSION = "15.0.7";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = PrettyJson.mapper();

    public enum Kind { CODE_QUALITY, SECRET_DETECTION }

    private final Kind kind;
    private final Instant started;

    /** @param started when the scan started: the Secret Detection schema requires start and end times */
    public GitLabReport(Kind kind, Instant started) {
        this.kind = kind;
        this.started = started.truncatedTo(ChronoUnit.SECONDS);
    }

    public void write(ScanResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }

    public String render(ScanResult result) {
        return kind == Kind.CODE_QUALITY ? PrettyJson.render(mapper, codeQuality(result)) : PrettyJson.render(mapper, secretDetection(result));
    }

    ArrayNode codeQuality(ScanResult result) {
        ArrayNode out = mapper.createArrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : sorted(result)) {
            Location l = f.location();
            ObjectNode issue = out.addObject();
            issue.put("type", "issue")
                    .put("check_name", f.ruleId())
                    .put("description", Masked.text(f.message(), f.secret()))
                    .put("severity", switch (f.level()) {
                        case ERROR -> "critical";
                        case WARNING -> "major";
                        default -> "minor";
                    })
                    .put("fingerprint", unique(f, seen));
            issue.putArray("categories").add(f.secret() != null ? "Security" : "Bug Risk");
            ObjectNode location = issue.putObject("location").put("path", Masked.text(l.path()));
            location.putObject("lines").put("begin", Math.max(1, l.line())).put("end", Math.max(Math.max(1, l.line()), l.endLine()));
        }
        return out;
    }

    ObjectNode secretDetection(ScanResult result) {
        Map<String, RuleMeta> metas = new HashMap<>();
        for (RuleMeta m : result.rules()) metas.put(m.id(), m);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", SCHEMA_VERSION);
        ArrayNode vulnerabilities = root.putArray("vulnerabilities");
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : sorted(result)) {
            if (f.secret() == null) continue; // only credentials: the rest is in the Code Quality report
            RuleMeta meta = metas.get(f.ruleId());
            Location l = f.location();
            String fingerprint = unique(f, seen);
            ObjectNode v = vulnerabilities.addObject();
            v.put("id", UUID.nameUUIDFromBytes(fingerprint.getBytes(StandardCharsets.UTF_8)).toString())
                    .put("category", "secret_detection")
                    .put("name", meta == null ? f.ruleId() : meta.summary())
                    .put("message", Masked.text(f.message(), f.secret()))
                    .put("description", Masked.text(f.message(), f.secret()))
                    .put("severity", severity(meta))
                    .put("confidence", "High");
            v.putObject("scanner").put("id", "claudit").put("name", "claudit");
            ObjectNode location = v.putObject("location").put("file", Masked.text(l.path()))
                    .put("start_line", Math.max(1, l.line())).put("end_line", Math.max(Math.max(1, l.line()), l.endLine()));
            ObjectNode commit = location.putObject("commit");
            // a scan of the tree has no commit; GitLab's own analyzer writes zeros then
            if (f.provenance() != null) commit.put("sha", f.provenance().commit()).put("date", f.provenance().date());
            else commit.put("sha", "0000000");
            ArrayNode ids = v.putArray("identifiers");
            ids.addObject().put("type", "claudit_rule_id").put("name", "claudit " + f.ruleId()).put("value", f.ruleId());
            if (meta != null) {
                for (String tag : meta.tags()) {
                    if (!tag.startsWith("external/cwe/cwe-")) continue;
                    String n = tag.substring("external/cwe/cwe-".length());
                    ids.addObject().put("type", "cwe").put("name", "CWE-" + n).put("value", n)
                            .put("url", "https://cwe.mitre.org/data/definitions/" + n + ".html");
                }
            }
        }
        ObjectNode scan = root.putObject("scan");
        for (String part : new String[]{"analyzer", "scanner"}) {
            ObjectNode tool = scan.putObject(part).put("id", "claudit").put("name", "claudit").put("version", result.version());
            tool.putObject("vendor").put("name", "claudit");
        }
        scan.put("type", "secret_detection")
                .put("start_time", TIME.format(started))
                .put("end_time", TIME.format(started.plusMillis(result.elapsedMillis()).truncatedTo(ChronoUnit.SECONDS)))
                .put("status", "success");
        return root;
    }

    /** GitLab's severities from the rule's security severity (CVSS bands), High for credentials without one. */
    private static String severity(RuleMeta meta) {
        if (meta == null || meta.securitySeverity() == null) return "High";
        double s = Double.parseDouble(meta.securitySeverity().toString());
        return s >= 9.0 ? "Critical" : s >= 7.0 ? "High" : s >= 4.0 ? "Medium" : "Low";
    }

    /** The line-independent fingerprint, numbered when one file has the same finding twice (GitLab merges equal ones). */
    private static String unique(Finding f, Map<String, Integer> seen) {
        String base = Fingerprints.partialFingerprint(f) + ":" + f.ruleId() + ":" + Masked.text(f.location().path());
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + ":" + n;
    }

    private static List<Finding> sorted(ScanResult result) {
        List<Finding> out = new ArrayList<>(result.findings());
        out.sort(FindingOrder.ORDER);
        return out;
    }
}
