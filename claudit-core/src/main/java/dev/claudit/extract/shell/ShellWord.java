package dev.claudit.extract.shell;

import dev.claudit.extract.ValueText;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One shell word after quote removal, as the pieces it is made of: literal text (quoted or not) and
 * expansions ({@code $X}, {@code ${X:-d}}, {@code $(...)}, {@code ${{ secrets.X }}}). {@code start}/{@code end}
 * are script offsets of the word as written, quotes included.
 */
public record ShellWord(List<Part> parts, int start, int end) {

    public ShellWord {
        parts = List.copyOf(parts);
    }

    /** A piece of a word; offsets are script offsets, {@code end} exclusive. */
    public sealed interface Part permits Text, Expansion {
        int start();

        int end();
    }

    /** Literal characters; {@code quoted} when they were inside quotes (so never split, globbed or commented). */
    public record Text(String text, boolean quoted, int start, int end) implements Part {
    }

    /** What an expansion reads. */
    public enum Kind {
        /** {@code $X}, {@code ${X}}, {@code ${X:-fallback}} */
        PARAMETER,
        /** GitHub Actions {@code ${{ expr }}}, substituted before the shell runs */
        EXPRESSION,
        /** {@code $(...)}, backticks, {@code $((...))}, positional and special parameters */
        COMMAND,
        /** {@code "$@"}, {@code ${A[@]}}: may expand to any number of words */
        WORDS
    }

    /**
     * An expansion; {@code name} is the variable or the expression text, {@code fallback} the default value if
     * any; {@code quoted} when written inside double quotes (so it stays one word).
     */
    public record Expansion(Kind kind, String name, String fallback, boolean quoted, int start, int end) implements Part {
    }

    /** The word's text when it is all literal, else null. */
    public String literalText() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (!(p instanceof Text t)) return null;
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** The literal text the word starts with, up to its first expansion. */
    public String literalPrefix() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (!(p instanceof Text t)) break;
            sb.append(t.text());
        }
        return sb.toString();
    }

    public boolean quoted() {
        return parts.stream().anyMatch(p -> p instanceof Text t ? t.quoted() : ((Expansion) p).quoted());
    }

    /** True when the word is one unquoted expansion, which the shell may split into several words or options. */
    public boolean bareExpansion() {
        return parts.size() == 1 && parts.get(0) instanceof Expansion e && !e.quoted();
    }

    /** True when some part may become several words ({@code "$@"}, arrays). */
    public boolean expandsToWords() {
        return parts.stream().anyMatch(p -> p instanceof Expansion e && e.kind() == Kind.WORDS);
    }

    /** The word without its first {@code n} literal characters ({@code -H"x: y"} without {@code -H}). */
    public ShellWord dropPrefix(int n) {
        List<Part> out = new ArrayList<>();
        int left = n;
        for (Part p : parts) {
            if (left > 0 && p instanceof Text t) {
                if (t.text().length() <= left) {
                    left -= t.text().length();
                    continue;
                }
                int cut = sourceIndex(t, left);
                out.add(new Text(t.text().substring(left), t.quoted(), cut, t.end()));
                left = 0;
                continue;
            }
            out.add(p);
        }
        int s = out.isEmpty() ? end : out.get(0).start();
        return new ShellWord(out, s, end);
    }

    /** The part list split at the first occurrence of {@code c} in literal text: {@code [before, after]}, or null. */
    public ShellWord[] splitAt(char c) {
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.get(i) instanceof Text t)) return null;
            int at = t.text().indexOf(c);
            if (at < 0) continue;
            List<Part> before = new ArrayList<>(parts.subList(0, i));
            List<Part> after = new ArrayList<>();
            int cut = sourceIndex(t, at);
            if (at > 0) before.add(new Text(t.text().substring(0, at), t.quoted(), t.start(), cut));
            if (at + 1 < t.text().length()) after.add(new Text(t.text().substring(at + 1), t.quoted(), Math.min(cut + 1, t.end()), t.end()));
            after.addAll(parts.subList(i + 1, parts.size()));
            int mid = Math.min(cut + 1, end);
            return new ShellWord[]{new ShellWord(before, start, cut), new ShellWord(after, after.isEmpty() ? mid : after.get(0).start(), end)};
        }
        return null;
    }

    /** The word without leading blanks in its literal text. */
    public ShellWord stripLeading() {
        List<Part> out = new ArrayList<>(parts);
        while (!out.isEmpty() && out.get(0) instanceof Text t) {
            String s = t.text().stripLeading();
            if (s.isEmpty()) {
                out.remove(0);
                continue;
            }
            int skipped = t.text().length() - s.length();
            out.set(0, new Text(s, t.quoted(), sourceIndex(t, skipped), t.end()));
            break;
        }
        if (!out.isEmpty() && out.get(0) == parts.get(0)) return this;
        return new ShellWord(out, out.isEmpty() ? end : out.get(0).start(), end);
    }

    /** Best script offset of character {@code i} of a text part (exact when the text was written without escapes). */
    private static int sourceIndex(Text t, int i) {
        int len = t.end() - t.start();
        if (len == t.text().length()) return t.start() + i;
        return t.start() + Math.min(len, i);
    }

    /**
     * The word as a value. {@code variables} gives values the script assigned earlier (so {@code $BASE/v1}
     * resolves); adjacent literal pieces fold into one literal, marked folded when written in several pieces.
     */
    public Value value(SourceMap map, Function<String, Value> variables) {
        Location whole = map.span(start, end);
        List<Value> values = new ArrayList<>();
        for (Part p : parts) {
            Location at = map.span(p.start(), p.end());
            if (p instanceof Text t) {
                values.add(new Value.Literal(t.text(), at));
            } else if (p instanceof Expansion e) {
                values.add(expansion(e, at, variables));
            }
        }
        if (values.isEmpty()) return new Value.Literal("", whole);
        if (values.size() == 1) {
            Value v = values.get(0);
            if (v instanceof Value.Literal l) return new Value.Literal(l.text(), whole, l.folded());
            return v;
        }
        Value acc = values.get(0);
        for (int i = 1; i < values.size(); i++) acc = Value.concat(acc, values.get(i), whole);
        return acc;
    }

    public Value value(SourceMap map) {
        return value(map, name -> null);
    }

    private static Value expansion(Expansion e, Location at, Function<String, Value> variables) {
        return switch (e.kind()) {
            case PARAMETER -> {
                Value known = variables.apply(e.name());
                yield known != null ? known : new Value.Reference(Value.Source.ENV, e.name(), e.fallback(), at);
            }
            case EXPRESSION -> ValueText.parse("${{ " + e.name() + " }}", at, false);
            case COMMAND -> new Value.Unknown(e.name(), at);
            case WORDS -> new Value.Unknown(e.name(), at);
        };
    }
}
