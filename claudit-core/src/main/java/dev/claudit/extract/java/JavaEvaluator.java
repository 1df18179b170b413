package dev.claudit.extract.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.claudit.facts.Abandoned;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds Java expressions to {@link Value}s: string and text-block literals, {@code +} chains,
 * {@code String.format}/{@code formatted}, locals, fields of the enclosing class and other classes
 * (as symbols the project resolves), {@code System.getenv}, {@code System.getProperty}, Spring
 * {@code Environment#getProperty}, and value-preserving calls such as {@code trim()} or {@code URI.create}.
 */
final class JavaEvaluator {

    private static final int MAX_DEPTH = 64;
    private static final Set<String> SAME_VALUE = Set.of("trim", "strip", "toString", "valueOf", "requireNonNull",
            "create", "of", "ofNullable", "orElseThrow", "get", "toURI", "resolve", "intern", "stripTrailing", "stripLeading");
    private static final Set<String> SAME_VALUE_STATIC_SCOPES = Set.of("URI", "String", "Objects", "Optional", "Path", "Paths");

    private final String path;
    private final Trees trees;

    /** An evaluator for the file at {@code path} whose tree {@code trees} indexes. */
    JavaEvaluator(String path, Trees trees) {
        this.path = path;
        this.trees = trees;
    }

    /** The file's tree, walked once: where the extractors look for nodes. */
    Trees trees() {
        return trees;
    }

    /** The variables visible where an expression is evaluated. */
    record Scope(String className, Map<String, Value> locals) {
    }

    Location loc(Node n) {
        return n.getRange().map(r -> new Location(path, r.begin.line, r.begin.column, r.end.line, r.end.column))
                .orElse(Location.at(path, 1, 1));
    }

    /** From the method name to the closing parenthesis: where a chained call is written, not where its chain starts. */
    Location callLoc(MethodCallExpr m) {
        Location whole = loc(m);
        Location name = loc(m.getName());
        return new Location(whole.path(), name.line(), name.column(), whole.endLine(), whole.endColumn());
    }

    Value eval(Expression e, Scope scope) {
        return eval(e, scope, 0);
    }

    private Value eval(Expression e, Scope scope, int depth) {
        Abandoned.check();
        Location loc = loc(e);
        if (depth > MAX_DEPTH) return new Value.Unknown("", loc);
        if (e instanceof StringLiteralExpr s) return new Value.Literal(s.asString(), loc);
        if (e instanceof TextBlockLiteralExpr t) return new Value.Literal(t.asString(), loc);
        if (e instanceof CharLiteralExpr c) return new Value.Literal(String.valueOf(c.asChar()), loc);
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
            return new Value.Literal(e.toString().replaceAll("[lL_]", ""), loc);
        }
        if (e instanceof EnclosedExpr en) return eval(en.getInner(), scope, depth + 1);
        if (e instanceof CastExpr c) return eval(c.getExpression(), scope, depth + 1);
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return Value.concat(eval(b.getLeft(), scope, depth + 1), eval(b.getRight(), scope, depth + 1), loc);
        }
        if (e instanceof NameExpr n) return name(n.getNameAsString(), scope, loc);
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) return name(f.getNameAsString(), new Scope(scope.className(), Map.of()), loc);
            String text = qualifiedText(f);
            if (text != null) return new Value.Symbol(text, scope.className(), loc);
            return new Value.Unknown(f.getNameAsString(), loc);
        }
        if (e instanceof MethodCallExpr m) return call(m, scope, depth, loc);
        if (e instanceof ObjectCreationExpr o) {
            String type = o.getType().getNameAsString();
            if ((type.equals("URI") || type.equals("URL") || type.equals("String") || type.equals("StringBuilder"))
                    && o.getArguments().size() == 1) {
                return eval(o.getArgument(0), scope, depth + 1);
            }
            return new Value.Unknown("new " + type, loc);
        }
        return new Value.Unknown(hint(e), loc);
    }

    private Value name(String name, Scope scope, Location loc) {
        Value local = scope.locals().get(name);
        if (local != null) return local;
        return new Value.Symbol(name, scope.className(), loc);
    }

    private Value call(MethodCallExpr m, Scope scope, int depth, Location loc) {
        String name = m.getNameAsString();
        String scopeText = m.getScope().map(JavaEvaluator::qualifiedText).orElse(null);
        List<Expression> args = m.getArguments();
        if ("getenv".equals(name) && "System".equals(scopeText) && args.size() == 1) {
            return reference(Value.Source.ENV, args.get(0), null, scope, depth, loc);
        }
        if (("get".equals(name) || "getOrDefault".equals(name)) && m.getScope().isPresent()
                && m.getScope().get() instanceof MethodCallExpr inner && "getenv".equals(inner.getNameAsString())
                && inner.getArguments().isEmpty() && !args.isEmpty()) {
            return reference(Value.Source.ENV, args.get(0), args.size() > 1 ? args.get(1) : null, scope, depth, loc);
        }
        if ("getProperty".equals(name) && !args.isEmpty()) {
            // System.getProperty and Spring's Environment#getProperty
            return reference(Value.Source.PROPERTY, args.get(0), args.size() > 1 ? args.get(1) : null, scope, depth, loc);
        }
        if (("getValue".equals(name) || "getOptionalValue".equals(name)) && args.size() == 2 && scopeText != null
                && scopeText.toLowerCase(java.util.Locale.ROOT).contains("config")) {
            return reference(Value.Source.PROPERTY, args.get(0), null, scope, depth, loc);
        }
        if ("get".equals(name) && args.size() == 1 && scopeText != null
                && scopeText.toLowerCase(java.util.Locale.ROOT).contains("dotenv")) {
            return reference(Value.Source.ENV, args.get(0), null, scope, depth, loc);
        }
        if ("format".equals(name) && "String".equals(scopeText) && !args.isEmpty()) {
            return format(eval(args.get(0), scope, depth + 1), args.subList(1, args.size()), scope, depth, loc);
        }
        if ("formatted".equals(name) && m.getScope().isPresent()) {
            return format(eval(m.getScope().get(), scope, depth + 1), args, scope, depth, loc);
        }
        if ("concat".equals(name) && m.getScope().isPresent() && args.size() == 1) {
            return Value.concat(eval(m.getScope().get(), scope, depth + 1), eval(args.get(0), scope, depth + 1), loc);
        }
        if (("orElse".equals(name) || "orElseGet".equals(name)) && m.getScope().isPresent()) {
            return eval(m.getScope().get(), scope, depth + 1);
        }
        if (SAME_VALUE.contains(name)) {
            if (args.isEmpty() && m.getScope().isPresent()) return eval(m.getScope().get(), scope, depth + 1);
            if (args.size() >= 1 && (scopeText == null || SAME_VALUE_STATIC_SCOPES.contains(scopeText))) {
                return eval(args.get(0), scope, depth + 1);
            }
        }
        return new Value.Unknown(hint(m), loc);
    }

    private Value reference(Value.Source source, Expression nameExpr, Expression fallbackExpr, Scope scope, int depth, Location loc) {
        Value n = eval(nameExpr, scope, depth + 1);
        if (n instanceof Value.Literal l) {
            String fallback = fallbackExpr == null ? null : eval(fallbackExpr, scope, depth + 1).knownText().orElse(null);
            return new Value.Reference(source, l.text(), fallback, loc);
        }
        return new Value.Unknown("getenv", loc);
    }

    /** {@code String.format} with {@code %s}/{@code %d} placeholders filled by the arguments' values. */
    private Value format(Value fmt, List<Expression> args, Scope scope, int depth, Location loc) {
        if (!(fmt instanceof Value.Literal lit)) return new Value.Unknown("format", loc);
        String f = lit.text();
        Value acc = new Value.Literal("", loc);
        int argIndex = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '%' && i + 1 < f.length()) {
                char t = f.charAt(i + 1);
                if (t == '%') {
                    text.append('%');
                    i++;
                    continue;
                }
                if (t == 'n') {
                    text.append('\n');
                    i++;
                    continue;
                }
                if (t == 's' || t == 'd' || t == 'S') {
                    acc = Value.concat(acc, new Value.Literal(text.toString(), loc), loc);
                    text.setLength(0);
                    Value arg = argIndex < args.size() ? eval(args.get(argIndex), scope, depth + 1) : new Value.Unknown("", loc);
                    argIndex++;
                    acc = Value.concat(acc, arg, loc);
                    i++;
                    continue;
                }
            }
            text.append(c);
        }
        return Value.concat(acc, new Value.Literal(text.toString(), loc), loc);
    }

    /** {@code a.b.C} for names and field accesses; null for anything else. */
    static String qualifiedText(Expression e) {
        if (e instanceof NameExpr n) return n.getNameAsString();
        if (e instanceof FieldAccessExpr f) {
            String s = qualifiedText(f.getScope());
            return s == null ? null : s + "." + f.getNameAsString();
        }
        return null;
    }

    /**
     * A short description of an expression made only of names, never of literals: a detector may read it
     * to tell that a value came from {@code config.getApiKey()}, and it can never quote a secret.
     */
    static String hint(Expression e) {
        List<String> names = new ArrayList<>();
        collectNames(e, names, 0);
        return String.join(".", names);
    }

    private static void collectNames(Expression e, List<String> out, int depth) {
        if (depth > 8 || out.size() > 8) return;
        if (e instanceof NameExpr n) out.add(n.getNameAsString());
        else if (e instanceof FieldAccessExpr f) {
            collectNames(f.getScope(), out, depth + 1);
            out.add(f.getNameAsString());
        } else if (e instanceof MethodCallExpr m) {
            m.getScope().ifPresent(s -> collectNames(s, out, depth + 1));
            out.add(m.getNameAsString() + "()");
        } else if (e instanceof EnclosedExpr en) collectNames(en.getInner(), out, depth + 1);
        else if (e instanceof CastExpr c) collectNames(c.getExpression(), out, depth + 1);
    }
}
