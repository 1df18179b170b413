package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleMeta;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI systems that show test reports (Jenkins, GitLab, Azure Pipelines, CircleCI): one test suite
 * {@code claudit}, one test case per rule that ran, one {@code failure} per finding of that rule (a rule without
 * findings passes). Notices go to the suite's {@code system-err}. The shape is Jenkins' {@code junit-10.xsd}, which
 * the others read too. No timestamps or times: the same scan gives the same bytes.
 */
public final class JunitReport {

    public void write(ScanResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }

    public String render(ScanResult result) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (RuleMeta m : result.rules()) byRule.put(m.id(), new ArrayList<>());
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(FindingOrder.ORDER);
        for (Finding f : sorted) byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        for (RuleMeta m : result.rules()) metas.put(m.id(), m);

        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            String tests = String.valueOf(byRule.size());
            String failures = String.valueOf(sorted.size());
            xml.writeStartElement("testsuites");
            attributes(xml, "name", "claudit", "tests", tests, "failures", failures, "errors", "0", "time", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            attributes(xml, "name", "claudit", "tests", tests, "failures", failures, "errors", "0", "skipped", "0", "time", "0");
            for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
                xml.writeCharacters("\n    ");
                RuleMeta meta = metas.get(rule.getKey());
                xml.writeStartElement("testcase");
                attributes(xml, "name", rule.getKey() + (meta == null ? "" : ": " + meta.summary()), "classname", "claudit." + rule.getKey(),
                        "time", "0");
                for (Finding f : rule.getValue()) {
                    Location l = f.location();
                    String where = Masked.text(l.path()) + ":" + l.line() + ":" + l.column();
                    String message = Masked.text(f.message(), f.secret());
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    attributes(xml, "message", where + ": " + message, "type", f.level().id());
                    StringBuilder detail = new StringBuilder().append(where).append(": ").append(f.level().id()).append(": ")
                            .append(message).append(" [").append(f.ruleId()).append("]\nfingerprint: ")
                            .append(Fingerprints.partialFingerprint(f));
                    if (f.provenance() != null) detail.append("\ncommit: ").append(f.provenance().commit())
                            .append(" (").append(f.provenance().date()).append(")");
                    xml.writeCharacters(clean(detail.toString()));
                    xml.writeEndElement();
                }
                if (!rule.getValue().isEmpty()) xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
            if (!result.notices().isEmpty()) {
                StringBuilder err = new StringBuilder("\n");
                for (Notice n : result.notices()) {
                    err.append(Masked.text(n.path() == null ? "claudit" : n.path())).append(": ").append(n.level().id()).append(": ")
                            .append(Masked.text(n.message())).append('\n');
                }
                xml.writeCharacters("\n    ");
                xml.writeStartElement("system-err");
                xml.writeCharacters(clean(err.toString()));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return buffer.toString();
    }

    private static void attributes(XMLStreamWriter xml, String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) xml.writeAttribute(pairs[i], clean(pairs[i + 1]));
    }

    /** XML 1.0 has no way to write most control characters, not even escaped: they become {@code ?}. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (bad && out == null) out = new StringBuilder(s.substring(0, i));
            if (out != null) out.append(bad ? '?' : c);
        }
        return out == null ? s : out.toString();
    }
}
