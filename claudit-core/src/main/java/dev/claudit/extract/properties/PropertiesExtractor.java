package dev.claudit.extract.properties;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.ValueText;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

/**
 * Reads {@code .properties} files with the grammar of {@link java.util.Properties#load(java.io.Reader)} —
 * {@code =}, {@code :} or blanks as separators, {@code \} line continuations, {@code \\uXXXX} escapes,
 * {@code #}/{@code !} comments — but keeps each key's line and column.
 */
public final class PropertiesExtractor implements Extractor {

    @Override
    public void extract(String path, String text, FactSink sink) {
        LineIndex lines = new LineIndex(path, text);
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int i = pos;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) i++;
            if (i >= n) break;
            char first = text.charAt(i);
            if (first == '\n' || first == '\r' || first == '#' || first == '!') {
                pos = nextLine(text, i);
                continue;
            }
            // logical line: join continuations
            StringBuilder key = new StringBuilder();
            int keyStart = i;
            boolean inKey = true;
            StringBuilder val = new StringBuilder();
            int valStart = -1;
            boolean sepSeen = false;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') break;
                if (c == '\\' && i + 1 < n) {
                    char e = text.charAt(i + 1);
                    if (e == '\n' || e == '\r') {
                        i = nextLine(text, i + 1);
                        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
                        continue;
                    }
                    char decoded;
                    int adv = 2;
                    if (e == 'u' && i + 5 < n) {
                        try {
                            decoded = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
                            adv = 6;
                        } catch (NumberFormatException ex) {
                            decoded = 'u';
                        }
                    } else {
                        decoded = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : e;
                    }
                    if (inKey) key.append(decoded);
                    else {
                        if (valStart < 0) valStart = i;
                        val.append(decoded);
                    }
                    i += adv;
                    continue;
                }
                if (inKey) {
                    if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                        inKey = false;
                        sepSeen = c == '=' || c == ':';
                        i++;
                        // skip blanks, then at most one '=' or ':' if the separator was blank
                        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) i++;
                        if (!sepSeen && i < n && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
                            i++;
                            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) i++;
                        }
                        continue;
                    }
                    key.append(c);
                } else {
                    if (valStart < 0) valStart = i;
                    val.append(c);
                }
                i++;
            }
            if (key.length() > 0) {
                Location keyLoc = lines.span(keyStart, key.length());
                int vs = valStart < 0 ? Math.min(i, n - 1) : valStart;
                Location valLoc = lines.span(Math.max(0, vs), Math.max(1, val.length()));
                Value value = ValueText.parse(val.toString(), valLoc, false);
                sink.setting(new Setting(key.toString(), value, Setting.Origin.PROPERTIES, Setting.Style.PLAIN, keyLoc));
                if (value instanceof Value.Literal l) sink.literal(l);
            }
            pos = nextLine(text, i);
        }
    }

    private static int nextLine(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
        if (i < n && s.charAt(i) == '\r') i++;
        if (i < n && s.charAt(i) == '\n') i++;
        return i;
    }
}
