package dev.claudit.extract.env;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.ValueText;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

/**
 * Reads dotenv files ({@code .env}, {@code .env.local}, {@code prod.env}): {@code KEY=value}, {@code export KEY=value},
 * single- and double-quoted values (double quotes may span lines and hold escapes), inline {@code #} comments.
 */
public final class EnvFileExtractor implements Extractor {

    @Override
    public void extract(String path, String text, FactSink sink) {
        LineIndex lines = new LineIndex(path, text);
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int eol = lineEnd(text, pos);
            int i = skipBlanks(text, pos, eol);
            if (i < eol && text.charAt(i) != '#') {
                if (text.startsWith("export ", i)) i = skipBlanks(text, i + 7, eol);
                int keyStart = i;
                while (i < eol && isKeyChar(text.charAt(i))) i++;
                int keyEnd = i;
                i = skipBlanks(text, i, eol);
                if (keyEnd > keyStart && i < eol && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
                    String key = text.substring(keyStart, keyEnd);
                    Location keyLoc = lines.span(keyStart, keyEnd - keyStart);
                    int v = skipBlanks(text, i + 1, eol);
                    pos = readValue(text, v, eol, key, keyLoc, lines, sink);
                    continue;
                }
            }
            pos = next(text, eol);
        }
    }

    /** Reads the value starting at {@code v}; returns where the next line starts. */
    private static int readValue(String text, int v, int eol, String key, Location keyLoc, LineIndex lines, FactSink sink) {
        int n = text.length();
        if (v < n && (text.charAt(v) == '"' || text.charAt(v) == '\'' || text.charAt(v) == '`')) {
            char q = text.charAt(v);
            StringBuilder sb = new StringBuilder();
            int i = v + 1;
            boolean closed = false;
            while (i < n) {
                char c = text.charAt(i);
                if (c == q) {
                    closed = true;
                    break;
                }
                if (q == '"' && c == '\\' && i + 1 < n) {
                    char e = text.charAt(i + 1);
                    sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                    i += 2;
                    continue;
                }
                if (q != '"' && (c == '\n' || c == '\r')) break;
                sb.append(c);
                i++;
            }
            Location loc = lines.span(v, Math.max(1, i - v + 1));
            Value value = q == '\'' ? new Value.Literal(sb.toString(), loc) : ValueText.parse(sb.toString(), loc, true);
            emit(key, value, Setting.Style.QUOTED, keyLoc, sink);
            int after = closed ? i + 1 : i;
            return next(text, lineEnd(text, Math.min(after, n)));
        }
        int end = v;
        while (end < eol) {
            if (text.charAt(end) == '#' && end > 0 && Character.isWhitespace(text.charAt(end - 1))) break;
            end++;
        }
        int valEnd = end;
        while (valEnd > v && Character.isWhitespace(text.charAt(valEnd - 1))) valEnd--;
        String raw = text.substring(v, valEnd);
        Location loc = lines.span(v, Math.max(1, valEnd - v));
        emit(key, ValueText.parse(raw, loc, true), Setting.Style.PLAIN, keyLoc, sink);
        return next(text, eol);
    }

    private static void emit(String key, Value value, Setting.Style style, Location keyLoc, FactSink sink) {
        sink.setting(new Setting(key, value, Setting.Origin.ENV, style, keyLoc));
        if (value instanceof Value.Literal l) sink.literal(l);
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    static int skipBlanks(String s, int i, int end) {
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    static int lineEnd(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
        return i;
    }

    static int next(String s, int eol) {
        if (eol >= s.length()) return s.length();
        if (s.charAt(eol) == '\r' && eol + 1 < s.length() && s.charAt(eol + 1) == '\n') return eol + 2;
        return eol + 1;
    }
}
