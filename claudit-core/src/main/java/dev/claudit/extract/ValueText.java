package dev.claudit.extract;

import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a configuration or shell string into a {@link Value}: {@code ${X}}, {@code ${X:-default}},
 * {@code ${X:default}} (Spring), {@code $X} (shell style only) and {@code ${{ secrets.X }}} / {@code ${{ env.X }}}
 * (GitHub Actions) become references; the rest stays literal.
 */
public final class ValueText {

    private ValueText() {
    }

    public static Value parse(String raw, Location location, boolean shellStyle) {
        if (raw.indexOf('$') < 0) return new Value.Literal(raw, location);
        List<Value> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '$' && i + 2 < n && raw.charAt(i + 1) == '{' && raw.charAt(i + 2) == '{') {
                int end = raw.indexOf("}}", i + 3);
                if (end > 0) {
                    flush(parts, lit, location);
                    parts.add(expression(raw.substring(i + 3, end).trim(), location));
                    i = end + 2;
                    continue;
                }
            }
            if (c == '$' && i + 1 < n && raw.charAt(i + 1) == '{') {
                int end = matchingBrace(raw, i + 2);
                if (end > 0) {
                    flush(parts, lit, location);
                    parts.add(placeholder(raw.substring(i + 2, end), location, shellStyle));
                    i = end + 1;
                    continue;
                }
            }
            if (shellStyle && c == '$' && i + 1 < n && isNameStart(raw.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && isNamePart(raw.charAt(j))) j++;
                flush(parts, lit, location);
                parts.add(new Value.Reference(Value.Source.ENV, raw.substring(i + 1, j), null, location));
                i = j;
                continue;
            }
            lit.append(c);
            i++;
        }
        flush(parts, lit, location);
        if (parts.size() == 1) return parts.get(0);
        return new Value.Concat(parts, location);
    }

    private static int matchingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    private static Value placeholder(String body, Location location, boolean shellStyle) {
        if (shellStyle) return shellParameter(body, location);
        String name = body;
        String fallback = null;
        int colon = body.indexOf(':');
        if (colon >= 0) {
            name = body.substring(0, colon);
            String rest = body.substring(colon + 1);
            fallback = rest.startsWith("-") || rest.startsWith("=") ? rest.substring(1) : rest;
        } else if (shellStyle) {
            int dash = body.indexOf("-");
            if (dash > 0) {
                name = body.substring(0, dash);
                fallback = body.substring(dash + 1);
            }
        }
        name = name.trim();
        boolean envLike = shellStyle || name.equals(name.toUpperCase(java.util.Locale.ROOT));
        return new Value.Reference(envLike ? Value.Source.ENV : Value.Source.PROPERTY, name, fallback, location);
    }

    /**
     * A shell parameter expansion: the variable is the name that opens it; {@code -}, {@code :-}, {@code =} and
     * {@code :=} give its fallback; the other operators ({@code ${X//,/ }}, {@code ${X#v}}, {@code ${X%.*}},
     * {@code ${X,,}}, {@code ${X:1}}) change its value but read the same variable. {@code ${X:+alt}} (alt when X is set),
     * {@code ${#X}} (a length) and {@code ${!X}} (another variable) do not give X's value.
     */
    private static Value shellParameter(String body, Location location) {
        String b = body.trim();
        int j = 0;
        while (j < b.length() && isNamePart(b.charAt(j))) j++;
        if (j == 0) return new Value.Unknown("${" + body + "}", location);
        String name = b.substring(0, j);
        String op = b.substring(j);
        String fallback = null;
        if (op.startsWith(":-") || op.startsWith(":=")) fallback = op.substring(2);
        else if (op.startsWith("-") || op.startsWith("=")) fallback = op.substring(1);
        else if (op.startsWith(":+") || op.startsWith("+")) return new Value.Unknown("${" + body + "}", location);
        return new Value.Reference(Value.Source.ENV, name, fallback, location);
    }

    /** A GitHub Actions expression: {@code secrets.X}, {@code env.X}, {@code vars.X}; anything else is unknown. */
    private static Value expression(String expr, Location location) {
        if (expr.startsWith("secrets.")) return new Value.Reference(Value.Source.SECRET, expr.substring(8).trim(), null, location);
        if (expr.startsWith("env.")) return new Value.Reference(Value.Source.ENV, expr.substring(4).trim(), null, location);
        if (expr.startsWith("vars.")) return new Value.Reference(Value.Source.PROPERTY, expr.substring(5).trim(), null, location);
        return new Value.Unknown("${{ " + expr + " }}", location);
    }

    private static void flush(List<Value> parts, StringBuilder lit, Location location) {
        if (lit.length() > 0) {
            parts.add(new Value.Literal(lit.toString(), location));
            lit.setLength(0);
        }
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
