package dev.claudit.extract.js;

import dev.claudit.extract.LineIndex;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a JS expression is known to be, as a {@link Value}: strings and templates (with {@code ${...}} parts),
 * {@code +} concatenation folded, {@code process.env.X} / {@code import.meta.env.X} / {@code Deno.env.get("X")}
 * as env references ({@code || "default"} as their fallback), and the file's {@code const}/{@code let}/{@code var}
 * bindings resolved (once per name; a name bound twice is not resolved), and names imported from another module of
 * the project as {@link Value.Symbol symbols} of that module ({@code c.NAME} of a namespace or object too).
 */
final class JsValues {

    private static final int MAX_DEPTH = 32;

    /** An environment read: the variable, and the token range {@code [from, next)} it spans. */
    record EnvRead(String name, int from, int next) {
    }

    private final String path;
    private final LineIndex lines;
    private final Map<String, JsSyntax.Range> bindings = new HashMap<>();
    /** Names bound to a value known without evaluating code: an environment read, a project module's constant. */
    private final Map<String, Value> valueBindings = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> envObjects = new HashSet<>();
    private final Map<String, Value> cache = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    JsValues(String path, LineIndex lines) {
        this.path = path;
        this.lines = lines;
    }

    /** Records a binding {@code name = <init>}. */
    void bind(String name, JsSyntax.Range init) {
        if (bindings.containsKey(name) || valueBindings.containsKey(name)) ambiguous.add(name);
        else bindings.put(name, init);
    }

    /** Records a binding destructured from the environment ({@code const { X } = process.env}). */
    void bindEnv(String name, Value value) {
        if (bindings.containsKey(name) || valueBindings.containsKey(name)) ambiguous.add(name);
        else valueBindings.put(name, value);
    }

    /**
     * Records a name imported from another module of the project: {@code import { A as B } from './config'} binds
     * {@code B} to the constant {@code A} of that module, {@code import * as c from './config'} binds {@code c} to the
     * module itself (its members are its constants).
     */
    void bindImport(String local, String exported, String module, Location at) {
        if (bindings.containsKey(local) || valueBindings.containsKey(local)) ambiguous.add(local);
        else valueBindings.put(local, new Value.Symbol(exported == null ? "*" : exported, module, at));
    }

    /** Records a name that stands for an environment object (SvelteKit's {@code env} from {@code $env/dynamic/public}). */
    void bindEnvObject(String name) {
        envObjects.add(name);
    }

    /** The initializer of a binding whose value is an object literal, if the name is bound once to one. */
    JsSyntax.Range object(String name) {
        if (ambiguous.contains(name)) return null;
        JsSyntax.Range r = bindings.get(name);
        return r != null && JsSyntax.isObject(r) ? r : null;
    }

    Value eval(JsSyntax.Range r) {
        return eval(r.tokens(), r.from(), r.to(), 0);
    }

    Value eval(List<JsToken> t, int from, int to, int depth) {
        if (from >= to) return new Value.Unknown("", from < t.size() ? loc(t.get(from)) : Location.at(path, 1, 1));
        if (depth > MAX_DEPTH) return new Value.Unknown("", loc(t.get(from).start(), t.get(to - 1).end()));
        while (to - from >= 2 && t.get(from).is("(") && JsSyntax.matching(t, from) == to - 1) {
            from++;
            to--;
        }
        if (from < to && t.get(from).is("await")) from++;
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).isIdent() && (t.get(k).text().equals("as") || t.get(k).text().equals("satisfies")) && atTop(t, from, k)) {
                to = k;
                break;
            }
        }
        if (to - from >= 2 && t.get(to - 1).is("!")) to--;
        if (from >= to) return new Value.Unknown("", loc(t.get(Math.max(0, from - 1))));
        Location where = loc(t.get(from).start(), t.get(to - 1).end());

        int op = top(t, from, to, "??", "||");
        if (op > from) {
            Value left = eval(t, from, op, depth + 1);
            Value right = eval(t, op + 1, to, depth + 1);
            if (left instanceof Value.Reference r) {
                return r.fallback() != null ? r : new Value.Reference(r.source(), r.name(), right.knownText().orElse(null), r.location());
            }
            return new Value.Unknown(describe(t, from, op), where);
        }
        if (top(t, from, to, "?") > from) return new Value.Unknown("", where);
        List<Integer> plus = new ArrayList<>();
        int depthHere = 0;
        for (int k = from; k < to; k++) {
            JsToken x = t.get(k);
            if (x.is("(") || x.is("[") || x.is("{")) depthHere++;
            else if (x.is(")") || x.is("]") || x.is("}")) depthHere--;
            else if (depthHere == 0 && x.is("+") && k > from && !isOperator(t.get(k - 1))) plus.add(k);
        }
        if (!plus.isEmpty()) {
            plus.add(to);
            Value acc = null;
            int start = from;
            for (int p : plus) {
                Value part = eval(t, start, p, depth + 1);
                acc = acc == null ? part : Value.concat(acc, part, where);
                start = p + 1;
            }
            return acc;
        }
        if (to - from == 1) {
            Value v = operand(t.get(from), depth);
            return v instanceof Value.Symbol sym && sym.name().equals("*") ? new Value.Unknown(sym.scope(), where) : v;
        }
        if (to - from == 3 && t.get(from).isIdent() && dot(t, from + 1) && t.get(from + 2).isIdent()
                && !ambiguous.contains(t.get(from).text()) && valueBindings.get(t.get(from).text()) instanceof Value.Symbol sym) {
            // a member of an imported constant or module: Anthropic.ChatPath, constants.BASE_URL
            String member = t.get(from + 2).text();
            return new Value.Symbol(sym.name().equals("*") ? member : sym.name() + "." + member, sym.scope(), where);
        }
        EnvRead env = env(t, from);
        if (env != null && env.next() == to) return new Value.Reference(Value.Source.ENV, env.name(), null, where);
        if (t.get(from).is("String") && to - from >= 3 && t.get(from + 1).is("(") && JsSyntax.matching(t, from + 1) == to - 1) {
            return eval(t, from + 2, to - 1, depth + 1);
        }
        return new Value.Unknown(describe(t, from, to), where);
    }

    private Value operand(JsToken k, int depth) {
        Location at = loc(k);
        return switch (k.kind()) {
            case STRING -> new Value.Literal(k.text(), at);
            case NUMBER -> new Value.Literal(k.text(), at);
            case TEMPLATE -> template(k, depth);
            case IDENT -> {
                if (k.text().equals("true") || k.text().equals("false")) yield new Value.Literal(k.text(), at);
                Value bound = binding(k.text(), depth);
                yield bound != null ? bound : new Value.Unknown(k.text(), at);
            }
            default -> new Value.Unknown("", at);
        };
    }

    /** A template literal: cooked text pieces with the values of its {@code ${...}} expressions between them. */
    Value template(JsToken k, int depth) {
        Location at = loc(k);
        if (k.expressions().isEmpty()) return new Value.Literal(k.stringValue(), at);
        Value acc = null;
        for (int i = 0; i < k.quasis().size(); i++) {
            String q = k.quasis().get(i);
            if (!q.isEmpty()) {
                int[] span = k.quasiSpans().get(i);
                Value lit = new Value.Literal(q, loc(span[0], span[1]));
                acc = acc == null ? lit : Value.concat(acc, lit, at);
            }
            if (i < k.expressions().size()) {
                List<JsToken> e = k.expressions().get(i);
                Value v = eval(e, 0, e.size(), depth + 1);
                acc = acc == null ? v : Value.concat(acc, v, at);
            }
        }
        return acc == null ? new Value.Literal("", at) : acc;
    }

    private Value binding(String name, int depth) {
        if (ambiguous.contains(name)) return null;
        if (valueBindings.containsKey(name)) return valueBindings.get(name);
        if (cache.containsKey(name)) return cache.get(name);
        JsSyntax.Range r = bindings.get(name);
        if (r == null || JsSyntax.isObject(r) || !resolving.add(name)) return null;
        Value v = eval(r.tokens(), r.from(), r.to(), depth + 1);
        resolving.remove(name);
        if (v instanceof Value.Unknown) v = null;
        cache.put(name, v);
        return v;
    }

    /**
     * An environment read starting at token {@code i}: {@code process.env.X}, {@code process.env["X"]},
     * {@code import.meta.env.X}, {@code Deno.env.get("X")}, {@code Bun.env.X}; null if there is none.
     */
    EnvRead env(List<JsToken> t, int i) {
        int j;
        if (is(t, i, "process") && dot(t, i + 1) && is(t, i + 2, "env")) j = i + 3;
        else if (is(t, i, "Bun") && dot(t, i + 1) && is(t, i + 2, "env")) j = i + 3;
        else if (i < t.size() && t.get(i).isIdent() && envObjects.contains(t.get(i).text())) j = i + 1;
        else if (is(t, i, "import") && dot(t, i + 1) && is(t, i + 2, "meta") && dot(t, i + 3) && is(t, i + 4, "env")) j = i + 5;
        else if (is(t, i, "Deno") && dot(t, i + 1) && is(t, i + 2, "env") && dot(t, i + 3) && is(t, i + 4, "get")
                && is(t, i + 5, "(") && string(t, i + 6) && is(t, i + 7, ")")) {
            return new EnvRead(t.get(i + 6).text(), i, i + 8);
        } else return null;
        if (dot(t, j) && j + 1 < t.size() && t.get(j + 1).isIdent()) return new EnvRead(t.get(j + 1).text(), i, j + 2);
        int b = is(t, j, "?.") ? j + 1 : j;
        if (is(t, b, "[") && string(t, b + 1) && is(t, b + 2, "]")) return new EnvRead(t.get(b + 1).stringValue(), i, b + 3);
        return null;
    }

    private static boolean is(List<JsToken> t, int i, String text) {
        return i < t.size() && t.get(i).is(text);
    }

    private static boolean dot(List<JsToken> t, int i) {
        return is(t, i, ".") || is(t, i, "?.");
    }

    private static boolean string(List<JsToken> t, int i) {
        return i < t.size() && t.get(i).isPlainString();
    }

    /** The first depth-0 occurrence of one of {@code ops} in {@code [from, to)}, or -1. */
    private static int top(List<JsToken> t, int from, int to, String... ops) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            JsToken x = t.get(k);
            if (x.kind() != JsToken.Kind.PUNCT) continue;
            if (x.is("(") || x.is("[") || x.is("{")) depth++;
            else if (x.is(")") || x.is("]") || x.is("}")) depth--;
            else if (depth == 0) for (String op : ops) if (x.is(op)) return k;
        }
        return -1;
    }

    private static boolean atTop(List<JsToken> t, int from, int k) {
        int depth = 0;
        for (int i = from; i < k; i++) {
            JsToken x = t.get(i);
            if (x.is("(") || x.is("[") || x.is("{")) depth++;
            else if (x.is(")") || x.is("]") || x.is("}")) depth--;
        }
        return depth == 0;
    }

    private static boolean isOperator(JsToken k) {
        return k.kind() == JsToken.Kind.PUNCT && !k.is(")") && !k.is("]") && !k.is("}");
    }

    /** A short name for an unknown value: the dotted member chain or callee it is made of ({@code config.apiKey}, {@code getKey}). */
    private static String describe(List<JsToken> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            JsToken x = t.get(k);
            if (x.isIdent() || x.is(".") || x.is("?.")) sb.append(x.is("?.") ? "." : x.text());
            else break;
        }
        return sb.toString();
    }

    Location loc(JsToken k) {
        return loc(k.start(), k.end());
    }

    /** The location of file offsets {@code [start, end)}, across lines if need be. */
    Location loc(int start, int end) {
        int last = Math.max(start, end - 1);
        return new Location(path, lines.line(start), lines.column(start), lines.line(last), lines.column(last));
    }
}
