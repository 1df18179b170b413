package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per finding, which
 * the runner shows as an annotation on the file and line of the pull request's diff — no code scanning needed. Notices
 * about skipped files are {@code ::notice} lines without a line. Values are escaped as the runner unescapes them:
 * {@code %}, CR and LF in the message; also {@code :} and {@code ,} in properties.
 */
public final class GithubAnnotations {

    public void write(ScanResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }

    public String render(ScanResult result) {
        Map<String, RuleMeta> metas = new HashMap<>();
        for (RuleMeta m : result.rules()) metas.put(m.id(), m);
        StringBuilder out = new StringBuilder();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(FindingOrder.ORDER);
        for (Finding f : findings) {
            Location l = f.location();
            String command = switch (f.level()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "notice";
            };
            RuleMeta meta = metas.get(f.ruleId());
            int line = Math.max(1, l.line());
            int endLine = Math.max(line, l.endLine());
            out.append("::").append(command)
                    .append(" file=").append(property(Masked.text(l.path())))
                    .append(",line=").append(line)
                    .append(",endLine=").append(endLine);
            // the runner takes columns only within one line
            if (endLine == line) out.append(",col=").append(Math.max(1, l.column())).append(",endColumn=").append(Math.max(Math.max(1, l.column()), l.endColumn()));
            out.append(",title=").append(property("claudit " + f.ruleId() + (meta == null ? "" : ": " + meta.name())))
                    .append("::").append(data(Masked.text(f.message(), f.secret()))).append('\n');
        }
        for (Notice n : result.notices()) {
            out.append("::notice");
            if (n.path() != null && !n.path().isBlank()) out.append(" file=").append(property(Masked.text(n.path())));
            out.append("::").append(data("claudit: " + n.level().id() + ": " + Masked.text(n.message()))).append('\n');
        }
        return out.toString();
    }

    /** A command's message: {@code %}, CR and LF escaped. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,}, which end a property. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
