package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report for people: compiler-style {@code path:line:col: level: message [rule-id]}, the (masked) source
 * line with a caret under the finding, then a one-line summary. Notices go to a separate writer (stderr).
 */
public final class TextReport {

    /** Source lines longer than this are shown as a window around the finding (minified bundles). */
    private static final int MAX_SHOWN = 160;
    private static final int CONTEXT_BEFORE = 40;
    /** Lines longer than this are masked only in a window around the finding. */
    private static final int LONG_LINE = 4096;
    private static final int MAX_TOKEN = 1024;

    private final SourceLines sources;
    private final Style style;

    /** @param colour ANSI colours; the CLI's {@code --color} decides (by default: a terminal, without {@code NO_COLOR} or {@code TERM=dumb}) */
    public TextReport(SourceLines sources, boolean colour) {
        this.sources = sources;
        this.style = new Style(colour);
    }

    /** Findings and the summary to {@code out}, notices to {@code err}; flushes both. */
    public void write(ScanResult result, Writer out, Writer err) throws IOException {
        writeNotices(result.notices(), err);
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(FindingOrder.ORDER);
        for (Finding f : findings) writeFinding(f, out);
        if (!findings.isEmpty()) out.write("\n");
        out.write(summary(result) + "\n");
        out.flush();
    }

    /** The findings alone, without the summary line or notices ({@code --quiet}); flushes. */
    public void writeFindings(ScanResult result, Writer out) throws IOException {
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(FindingOrder.ORDER);
        for (Finding f : findings) writeFinding(f, out);
        out.flush();
    }

    /** One line per notice, {@code path: level: message}, masked and without control characters; flushes. */
    public void writeNotices(List<Notice> notices, Writer err) throws IOException {
        for (Notice n : notices) {
            String where = n.path() == null || n.path().isBlank() ? "claudit" : n.path();
            err.write(style.bold(printable(Masked.text(where))) + ": " + levelLabel(n.level() == null ? null : n.level().id()) + ": "
                    + printable(Masked.text(n.message())) + "\n");
        }
        err.flush();
    }

    private void writeFinding(Finding f, Writer out) throws IOException {
        Location l = f.location();
        out.write(style.bold(printable(Masked.text(l.path(), f.secret())) + ":" + l.line() + ":" + l.column() + ":") + " "
                + levelLabel(f.level().id()) + ": " + printable(Masked.text(f.message(), f.secret()))
                + " " + style.dim("[" + f.ruleId() + "]") + "\n");
        Optional<SourceLines.Excerpt> source = l.line() >= 1 ? sources.excerpt(l.path(), l.line(), l.column()) : Optional.empty();
        if (source.isPresent()) writeSource(source.get(), f, out);
    }

    /** A gutter with the line number, the masked line, and a caret line aligned under the masked text. */
    private void writeSource(SourceLines.Excerpt excerpt, Finding f, Writer out) throws IOException {
        String line = stripLineEnd(excerpt.text());
        Location l = f.location();
        int offset = excerpt.offset(); // characters of the line before the excerpt
        int start = Math.min(Math.max(0, l.column() - 1 - offset), line.length());
        int end = l.endLine() == l.line() ? Math.min(Math.max(start + 1, l.endColumn() - offset), line.length()) : line.length();
        // a minified bundle's line can be megabytes with a key every few kilobytes: mask only a window around the
        // finding, or each finding costs a pass over the whole line
        boolean cutLeft = excerpt.cutLeft();
        boolean cutRight = excerpt.cutRight();
        if (line.length() > LONG_LINE) {
            // never cut inside a token: a credential cut in two would escape masking; widen to take a short token
            // whole, drop a long one (no credential is that long)
            int from = Math.max(0, start - LONG_LINE / 2);
            int widened = from;
            while (widened > 0 && from - widened < MAX_TOKEN && isTokenChar(line.charAt(widened - 1))) widened--;
            if (widened == 0 || !isTokenChar(line.charAt(widened - 1))) from = widened;
            else while (from < start && isTokenChar(line.charAt(from))) from++;
            int to = Math.min(line.length(), end + LONG_LINE / 2);
            widened = to;
            while (widened < line.length() && widened - to < MAX_TOKEN && isTokenChar(line.charAt(widened))) widened++;
            if (widened == line.length() || !isTokenChar(line.charAt(widened))) to = widened;
            else while (to > end && isTokenChar(line.charAt(to - 1))) to--;
            cutLeft |= from > 0;
            cutRight |= to < line.length();
            line = line.substring(from, to);
            start -= from;
            end -= from;
        }
        // the finding's span is where a key split into pieces sits: every piece of it there is masked
        String shown = printable(Masked.text(line, f.secret(), start, end));
        // only lengths of the masked pieces are used; only the whole masked line is ever printed
        int caret = Math.min(printable(Masked.text(line.substring(0, start), f.secret(), start, end)).length(), shown.length());
        int caretEnd = Math.min(printable(Masked.text(line.substring(0, end), f.secret(), start, end)).length(), shown.length());
        int width = Math.max(1, caretEnd - caret);

        String prefix = "";
        if (shown.length() > MAX_SHOWN || cutLeft || cutRight) {
            int from = Math.max(0, Math.min(caret - CONTEXT_BEFORE, shown.length() - MAX_SHOWN));
            int to = Math.min(shown.length(), from + MAX_SHOWN);
            prefix = from > 0 || cutLeft ? "…" : "";
            shown = prefix + shown.substring(from, to) + (to < shown.length() || cutRight ? "…" : "");
            caret = caret - from + prefix.length();
            width = Math.max(1, Math.min(width, shown.length() - caret));
        }
        String gutter = padLeft(Integer.toString(l.line()), 5) + " | ";
        String blank = " ".repeat(gutter.length() - 2) + "| ";
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < caret && i < shown.length(); i++) pad.append(shown.charAt(i) == '\t' ? '\t' : ' ');
        out.write(style.dim(gutter) + shown + "\n");
        out.write(style.dim(blank) + pad + style.green("^" + "~".repeat(width - 1)) + "\n");
    }

    /** e.g. {@code 3 errors, 1 warning (2 suppressed) in 12 files, 0.21 s} or {@code no findings in 12 files, 0.05 s}. */
    String summary(ScanResult result) {
        Counts c = Counts.of(result);
        List<String> parts = new ArrayList<>();
        if (c.errors() > 0) parts.add(plural(c.errors(), "error"));
        if (c.warnings() > 0) parts.add(plural(c.warnings(), "warning"));
        if (c.notes() > 0) parts.add(plural(c.notes(), "note"));
        String found = parts.isEmpty() ? "no findings" : String.join(", ", parts);
        String suppressed = c.suppressed() > 0 ? " (" + c.suppressed() + " suppressed)" : "";
        String text = found + suppressed + " in " + plural(result.filesScanned(), "file")
                + ", " + seconds(result.elapsedMillis()) + " s";
        if (c.errors() > 0) return style.boldRed(text);
        if (c.warnings() > 0) return style.boldYellow(text);
        return parts.isEmpty() ? style.green(text) : style.bold(text);
    }

    // The gutter and the elapsed time are written by hand: java.util.Formatter loads the locale data of the JDK (some
    // forty classes and their resource bundles, ~5 ms) in every run that prints a finding or a summary.

    /** {@code s} right-aligned in {@code width} columns, as {@code %5d} does. */
    static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** Milliseconds as seconds with two decimals, rounded half up, as {@code %.2f} of {@code millis / 1000.0}. */
    static String seconds(long millis) {
        long centis = (millis + 5) / 10;
        long frac = centis % 100;
        return centis / 100 + (frac < 10 ? ".0" : ".") + frac;
    }

    private String levelLabel(String level) {
        String id = level == null ? "note" : level;
        return switch (id) {
            case "error" -> style.boldRed(id);
            case "warning" -> style.boldYellow(id);
            default -> style.boldCyan(printable(id));
        };
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String stripLineEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        return s.substring(0, end);
    }

    private static boolean isTokenChar(char c) {
        return SourceLines.tokenChar(c);
    }

    /**
     * Control characters (except tab) and bidirectional overrides become {@code ?} so file content can neither
     * drive the terminal nor reorder what it shows ("Trojan Source"); length is kept.
     */
    static String printable(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            out.append(control ? '?' : c);
        }
        return out.toString();
    }

    /** ANSI styling that is a no-op when colour is off. */
    private record Style(boolean on) {
        String bold(String s) {
            return wrap("1", s);
        }

        String dim(String s) {
            return wrap("2", s);
        }

        String green(String s) {
            return wrap("32", s);
        }

        String boldRed(String s) {
            return wrap("1;31", s);
        }

        String boldYellow(String s) {
            return wrap("1;33", s);
        }

        String boldCyan(String s) {
            return wrap("1;36", s);
        }

        private String wrap(String code, String s) {
            return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
        }
    }
}
