package dev.claudit.extract.gradle;

import dev.claudit.extract.CommentSpans;
import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Android Gradle build scripts (Groovy and Kotlin DSL) for what they compile into the app:
 * {@code buildConfigField(type, name, value)} as a setting {@code buildConfigField.NAME} of origin
 * {@link Setting.Origin#ANDROID_BUILD_CONFIG}, {@code resValue(type, name, value)} as {@code resValue.name} of origin {@link Setting.Origin#ANDROID_RES_VALUE},
 * both in call and Groovy command syntax. Values are followed through string interpolation, {@code +},
 * {@code ?:} and the script's {@code val}/{@code var}/{@code def} bindings to what they read: a property
 * ({@code localProperties.getProperty("X")}, {@code props["X"]}, {@code project.findProperty("X")},
 * {@code providers.gradleProperty("X")}) or an environment variable ({@code System.getenv("X")},
 * {@code providers.environmentVariable("X")}).
 */
public final class GradleExtractor implements Extractor {

    private static final Set<String> PROPERTY_READS = Set.of("getProperty", "findProperty", "property", "gradleProperty",
            "getOrDefault");
    private static final Set<String> ENV_READS = Set.of("getenv", "environmentVariable");
    private static final Set<String> DECLARATIONS = Set.of("val", "var", "def");
    private static final int MAX_DEPTH = 16;

    /** The comments the Groovy/Kotlin lexer skips, which knows their strings and interpolations; null when it fails. */
    @Override
    public CommentSpans comments(String path, String text) {
        CommentSpans comments = CommentSpans.collecting();
        try {
            GradleLexer.tokenize(text, new LineIndex(path, text), path.endsWith(".kts") ? "Kotlin" : "Groovy", comments);
            return comments;
        } catch (UnparsableText e) {
            return null;
        }
    }

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableText {
        LineIndex lines = new LineIndex(path, text);
        List<GradleToken> t = GradleLexer.tokenize(text, lines, path.endsWith(".kts") ? "Kotlin" : "Groovy");
        new Reader(path, lines, t, sink).read();
    }

    private static final class Reader {
        final String path;
        final LineIndex lines;
        final List<GradleToken> t;
        final FactSink sink;
        final Map<String, int[]> bindings = new HashMap<>();
        final Set<String> ambiguous = new HashSet<>();

        Reader(String path, LineIndex lines, List<GradleToken> t, FactSink sink) {
            this.path = path;
            this.lines = lines;
            this.t = t;
            this.sink = sink;
        }

        void read() {
            for (int i = 0; i < t.size(); i++) {
                if (DECLARATIONS.contains(t.get(i).text()) && t.get(i).kind() == GradleToken.Kind.IDENT) declaration(i + 1);
            }
            for (int i = 0; i < t.size(); i++) {
                GradleToken k = t.get(i);
                if ((k.is("buildConfigField") || k.is("resValue")) && !is(i - 1, "fun") && !is(i - 1, "def")) entry(i);
            }
        }

        /** {@code val NAME (: Type)? = expr}, {@code def NAME = expr}, {@code def String NAME = expr}. */
        void declaration(int i) {
            if (i + 1 < t.size() && t.get(i).kind() == GradleToken.Kind.IDENT && t.get(i + 1).kind() == GradleToken.Kind.IDENT
                    && !is(i + 1, "by")) i++; // Groovy: def String name
            if (i >= t.size() || t.get(i).kind() != GradleToken.Kind.IDENT) return;
            String name = t.get(i).text();
            int j = i + 1;
            if (is(j, ":")) {
                while (j < t.size() && !is(j, "=") && sameLine(i, j)) j++;
            }
            if (!is(j, "=")) return;
            int end = expressionEnd(j + 1);
            if (bindings.containsKey(name)) ambiguous.add(name);
            else bindings.put(name, new int[] {j + 1, end});
        }

        /** {@code buildConfigField("String", "NAME", value)} or Groovy's {@code buildConfigField "String", "NAME", value}. */
        void entry(int i) {
            boolean resValue = t.get(i).is("resValue");
            List<int[]> args = new ArrayList<>();
            if (is(i + 1, "(")) {
                int close = matching(t, i + 1);
                if (close < 0) return;
                split(i + 2, close, args);
            } else if (i + 1 < t.size() && t.get(i + 1).kind() == GradleToken.Kind.STRING && sameLine(i, i + 1)) {
                split(i + 1, commandEnd(i + 1), args);
            } else {
                return;
            }
            if (args.size() != 3) return;
            GradleToken name = t.get(args.get(1)[0]);
            if (!name.isPlainString() || args.get(1)[1] - args.get(1)[0] != 1) return;
            Value value = eval(t, args.get(2)[0], args.get(2)[1], 0);
            Location at = loc(name.start(), name.end());
            String key = (resValue ? "resValue." : "buildConfigField.") + name.text();
            sink.setting(new Setting(key, value, resValue ? Setting.Origin.ANDROID_RES_VALUE : Setting.Origin.ANDROID_BUILD_CONFIG, Setting.Style.QUOTED, at));
        }

        /** Top-level comma-separated ranges of {@code [from, to)}. */
        void split(int from, int to, List<int[]> out) {
            int depth = 0;
            int start = from;
            for (int k = from; k < to; k++) {
                GradleToken x = t.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) depth++;
                else if (x.is(")") || x.is("]") || x.is("}")) depth--;
                else if (depth == 0 && x.is(",")) {
                    out.add(new int[] {start, k});
                    start = k + 1;
                }
            }
            if (to > start) out.add(new int[] {start, to});
        }

        /** Groovy command arguments end with the line, unless the line ends with a comma or an open bracket. */
        int commandEnd(int from) {
            int depth = 0;
            for (int k = from; k < t.size(); k++) {
                GradleToken x = t.get(k);
                if (k > from && depth == 0 && !sameLine(k - 1, k) && !t.get(k - 1).is(",") && !t.get(k - 1).is("+")) return k;
                if (x.is("(") || x.is("[") || x.is("{")) depth++;
                else if (x.is(")") || x.is("]") || x.is("}")) {
                    if (depth == 0) return k;
                    depth--;
                }
            }
            return t.size();
        }

        /** The end of the expression starting at {@code from}: the line's end at depth 0 (Kotlin and Groovy have no {@code ;} habit). */
        int expressionEnd(int from) {
            int depth = 0;
            for (int k = from; k < t.size(); k++) {
                GradleToken x = t.get(k);
                if (k > from && depth == 0 && !sameLine(k - 1, k) && !continues(t.get(k - 1)) && !x.is(".") && !x.is("?.")
                        && !x.is("?:") && !x.is("+")) return k;
                if (x.is("(") || x.is("[") || x.is("{")) depth++;
                else if (x.is(")") || x.is("]") || x.is("}")) {
                    if (depth == 0) return k;
                    depth--;
                } else if (depth == 0 && x.is(";")) return k;
            }
            return t.size();
        }

        static boolean continues(GradleToken x) {
            return x.is(",") || x.is("+") || x.is(".") || x.is("?.") || x.is("?:") || x.is("=") || x.is("(");
        }

        Value eval(List<GradleToken> ts, int from, int to, int depth) {
            if (from >= to) return new Value.Unknown("", loc(ts.get(Math.min(from, ts.size() - 1))));
            Location where = loc(ts.get(from).start(), ts.get(to - 1).end());
            if (depth > MAX_DEPTH) return new Value.Unknown("", where);
            while (to - from >= 2 && ts.get(from).is("(") && matching(ts, from) == to - 1) {
                from++;
                to--;
            }
            int elvis = top(ts, from, to, "?:");
            if (elvis > from) {
                Value left = eval(ts, from, elvis, depth + 1);
                if (left instanceof Value.Reference r && r.fallback() == null) {
                    String fallback = eval(ts, elvis + 1, to, depth + 1).knownText().orElse(null);
                    return new Value.Reference(r.source(), r.name(), fallback, r.location());
                }
                return left;
            }
            int plus = top(ts, from, to, "+");
            if (plus > from) return Value.concat(eval(ts, from, plus, depth + 1), eval(ts, plus + 1, to, depth + 1), where);
            GradleToken first = ts.get(from);
            if (to - from == 1 && first.kind() == GradleToken.Kind.STRING) return string(first, depth);
            if (to - from == 1 && first.kind() == GradleToken.Kind.IDENT && bindings.containsKey(first.text())
                    && !ambiguous.contains(first.text())) {
                int[] b = bindings.get(first.text());
                Value v = eval(t, b[0], b[1], depth + 1);
                return v instanceof Value.Unknown ? new Value.Unknown(first.text(), where) : v;
            }
            Value read = read(ts, from, to, where);
            return read != null ? read : new Value.Unknown(describe(ts, from, to), where);
        }

        /** The first property or environment read in {@code [from, to)}; what follows it ({@code .get()}, {@code as String}) does not change it. */
        static Value read(List<GradleToken> ts, int from, int to, Location where) {
            for (int k = from; k + 2 < to; k++) {
                GradleToken x = ts.get(k);
                if (x.kind() == GradleToken.Kind.IDENT && ts.get(k + 1).is("(") && ts.get(k + 2).isPlainString()) {
                    String name = ts.get(k + 2).text();
                    if (ENV_READS.contains(x.text())) return new Value.Reference(Value.Source.ENV, name, null, where);
                    if (PROPERTY_READS.contains(x.text())) return new Value.Reference(Value.Source.PROPERTY, name, null, where);
                }
                if (x.is("[") && ts.get(k + 1).isPlainString() && ts.get(k + 2).is("]") && k > from) {
                    Value.Source source = ts.get(k - 1).is("getenv") || ts.get(k - 1).is("env") ? Value.Source.ENV : Value.Source.PROPERTY;
                    return new Value.Reference(source, ts.get(k + 1).text(), null, where);
                }
            }
            return null;
        }

        /** A string's pieces with the values of its interpolations between them. */
        Value string(GradleToken s, int depth) {
            Location at = loc(s.start(), s.end());
            if (s.parts().isEmpty()) return new Value.Literal(s.text(), at);
            Value acc = null;
            for (int p = 0; p < s.pieces().size(); p++) {
                if (!s.pieces().get(p).isEmpty()) {
                    Value lit = new Value.Literal(s.pieces().get(p), at);
                    acc = acc == null ? lit : Value.concat(acc, lit, at);
                }
                if (p < s.parts().size()) {
                    List<GradleToken> inner = s.parts().get(p);
                    Value v = inner.isEmpty() ? new Value.Unknown("", at) : eval(inner, 0, inner.size(), depth + 1);
                    acc = acc == null ? v : Value.concat(acc, v, at);
                }
            }
            return acc == null ? new Value.Literal("", at) : acc;
        }

        static String describe(List<GradleToken> ts, int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < to; k++) {
                GradleToken x = ts.get(k);
                if (x.kind() == GradleToken.Kind.IDENT || x.is(".") || x.is("?.")) sb.append(x.is("?.") ? "." : x.text());
                else break;
            }
            return sb.toString();
        }

        static int top(List<GradleToken> ts, int from, int to, String op) {
            int depth = 0;
            for (int k = from; k < to; k++) {
                GradleToken x = ts.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) depth++;
                else if (x.is(")") || x.is("]") || x.is("}")) depth--;
                else if (depth == 0 && x.is(op)) return k;
            }
            return -1;
        }

        static int matching(List<GradleToken> ts, int open) {
            String o = ts.get(open).text();
            String c = o.equals("(") ? ")" : o.equals("[") ? "]" : "}";
            int depth = 0;
            for (int k = open; k < ts.size(); k++) {
                if (ts.get(k).is(o)) depth++;
                else if (ts.get(k).is(c) && --depth == 0) return k;
            }
            return -1;
        }

        boolean sameLine(int a, int b) {
            return lines.line(t.get(a).start()) == lines.line(t.get(b).start());
        }

        boolean is(int i, String text) {
            return i >= 0 && i < t.size() && t.get(i).is(text);
        }

        Location loc(GradleToken k) {
            return loc(k.start(), k.end());
        }

        Location loc(int start, int end) {
            int last = Math.max(start, end - 1);
            return new Location(path, lines.line(start), lines.column(start), lines.line(last), lines.column(last));
        }
    }
}
