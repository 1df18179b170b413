package dev.claudit.rules.detectors;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

/**
 * Where a piece of a literal's text is written. A one-line literal is reported whole; in a literal that spans
 * lines (a Java text block, a YAML block scalar) the piece's own line is found by counting line breaks.
 */
final class LiteralSpans {

    private LiteralSpans() {
    }

    static Location of(Value.Literal lit, int index, FileKind kind) {
        Location l = lit.location();
        if (l.endLine() <= l.line()) return l;
        String text = lit.text();
        int line;
        if (kind == FileKind.JAVA) {
            // a text block's content starts on the line after its opening quotes; count back from the closing ones
            line = l.endLine() - count(text, index, text.length());
        } else {
            line = l.line() + count(text, 0, index);
        }
        line = Math.max(l.line(), Math.min(l.endLine(), line));
        return new Location(l.path(), line, 1, line, 1);
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
