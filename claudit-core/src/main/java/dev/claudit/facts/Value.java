package dev.claudit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an expression or configuration scalar is known to be. Detectors reason about values, never
 * about parser nodes, so one rule serves Java, YAML, env files, shell and JS alike.
 */
public sealed interface Value permits Value.Literal, Value.Reference, Value.Symbol, Value.Concat, Value.Unknown {

    Location location();

    /** The longest text constant folding builds: a longer one keeps its first 64 KiB and ends in {@link #CUT}. */
    int MAX_FOLDED = 64 * 1024;

    /** The unknown tail of a folded value cut at {@link #MAX_FOLDED}. */
    String CUT = "folded text over 64 KiB";

    /** What a scan says, once per file, when a value there was cut at {@link #MAX_FOLDED}. */
    String CUT_NOTICE = "a constant folds to more than 64 KiB; only its first 64 KiB are checked";

    /** A literal string; {@code folded} when it was computed from several pieces (constant folding). */
    record Literal(String text, Location location, boolean folded) implements Value {
        public Literal(String text, Location location) {
            this(text, location, false);
        }
    }

    /** What a reference reads from. */
    enum Source { ENV, PROPERTY, SECRET }

    /**
     * A value read at run time: {@code System.getenv("X")}, {@code ${X}}, {@code $X}, {@code process.env.X}
     * (ENV); {@code @Value("${a.b}")}, {@code System.getProperty} (PROPERTY); {@code ${{ secrets.X }}} (SECRET).
     */
    record Reference(Source source, String name, String fallback, Location location) implements Value {
    }

    /** A named symbol not yet resolved, e.g. {@code Endpoints.MESSAGES}; {@code scope} is the qualified class it was seen in. */
    record Symbol(String name, String scope, Location location) implements Value {
    }

    /** A concatenation whose parts are not all literals, e.g. {@code "Bearer " + key}. */
    record Concat(List<Value> parts, Location location) implements Value {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    /** Something whose value the extractor cannot know (a method result, a parameter). */
    record Unknown(String description, Location location) implements Value {
    }

    /** The whole text when the value is fully known. */
    default Optional<String> knownText() {
        if (this instanceof Literal l) return Optional.of(l.text());
        if (this instanceof Concat c) {
            StringBuilder sb = new StringBuilder();
            for (Value p : c.parts()) {
                Optional<String> t = p.knownText();
                if (t.isEmpty()) return Optional.empty();
                sb.append(t.get());
            }
            return Optional.of(sb.toString());
        }
        return Optional.empty();
    }

    /** The literal text this value is known to start with ("" when it starts with something unknown). */
    default String knownPrefix() {
        if (this instanceof Literal l) return l.text();
        if (this instanceof Concat c) {
            StringBuilder sb = new StringBuilder();
            for (Value p : c.parts()) {
                if (p instanceof Literal l) sb.append(l.text());
                else if (p instanceof Concat) sb.append(p.knownPrefix());
                else break;
                if (!(p instanceof Literal) && p.knownText().isEmpty()) break;
            }
            return sb.toString();
        }
        return "";
    }

    /** A readable rendering: literals as written, references as {@code ${NAME}}, unknowns as {@code <?>}. */
    default String render() {
        if (this instanceof Literal l) return l.text();
        if (this instanceof Reference r) return "${" + r.name() + "}";
        if (this instanceof Symbol s) return "${" + s.name() + "}";
        if (this instanceof Concat c) {
            StringBuilder sb = new StringBuilder();
            for (Value p : c.parts()) sb.append(p.render());
            return sb.toString();
        }
        return "<?>";
    }

    /** Every reference this value reads from, in order. */
    default List<Reference> references() {
        List<Reference> out = new ArrayList<>();
        if (this instanceof Reference r) out.add(r);
        if (this instanceof Concat c) for (Value p : c.parts()) out.addAll(p.references());
        return out;
    }

    /** Every unresolved symbol inside this value. */
    default List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>();
        if (this instanceof Symbol s) out.add(s);
        if (this instanceof Concat c) for (Value p : c.parts()) out.addAll(p.symbols());
        return out;
    }

    /** True when folding cut this value at {@link #MAX_FOLDED}: what follows its known part is unknown. */
    default boolean cut() {
        return this instanceof Concat c && !c.parts().isEmpty()
                && c.parts().get(c.parts().size() - 1) instanceof Unknown u && CUT.equals(u.description());
    }

    /**
     * Concatenates two values, folding adjacent literals. The result holds at most {@link #MAX_FOLDED} characters
     * and parts: a chain of constants that each repeat the previous one grows exponentially, so past the cap the
     * rest is an unknown tail ({@link #cut()}).
     */
    static Value concat(Value left, Value right, Location location) {
        Abandoned.check();
        if (left.cut()) return new Concat(((Concat) left).parts(), location); // nothing after the cut is known
        List<Value> parts = new ArrayList<>();
        addParts(parts, left);
        addParts(parts, right);
        List<Value> merged = new ArrayList<>();
        for (Value p : parts) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Literal a && p instanceof Literal b) {
                merged.set(merged.size() - 1, new Literal(a.text() + b.text(), a.location(), true));
            } else {
                merged.add(p);
            }
        }
        if (merged.size() == 1 && merged.get(0) instanceof Literal l) {
            if (l.text().length() <= MAX_FOLDED) return new Literal(l.text(), location, true);
        }
        return capped(merged, location);
    }

    private static Value capped(List<Value> merged, Location location) {
        int size = 0;
        for (int i = 0; i < merged.size(); i++) {
            Value p = merged.get(i);
            int length = p instanceof Literal l ? l.text().length() : 1;
            if (size + length > MAX_FOLDED || p.cut() || p instanceof Unknown u && CUT.equals(u.description())) {
                List<Value> kept = new ArrayList<>(merged.subList(0, i));
                if (p instanceof Literal l && size < MAX_FOLDED) {
                    kept.add(new Literal(l.text().substring(0, MAX_FOLDED - size), l.location(), true));
                }
                kept.add(new Unknown(CUT, location));
                return new Concat(kept, location);
            }
            size += length;
        }
        return new Concat(merged, location);
    }

    private static void addParts(List<Value> parts, Value v) {
        if (v instanceof Concat c) parts.addAll(c.parts());
        else parts.add(v);
    }
}
