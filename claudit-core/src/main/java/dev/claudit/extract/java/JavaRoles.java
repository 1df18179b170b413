package dev.claudit.extract.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.claudit.facts.ObjectShape;
import dev.claudit.facts.Role;

import java.util.List;
import java.util.Set;

/**
 * The role of a Java string from its place in the tree: compared ({@code equals}, {@code startsWith}, a
 * {@code case} label, an assertion) or a key of a table ({@code Map.of(id, price)}, a row with numbers) is only
 * mentioned; a builder's {@code .model(...)} argument is sent; a framework default ({@code @WithDefault},
 * {@code @ConfigProperty(defaultValue)}, {@code @Value("${x:id}")}) is configured; JSON text is judged by its shape.
 */
final class JavaRoles {

    private JavaRoles() {
    }

    private static final Set<String> COMPARING_CALLS = Set.of("equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains",
            "indexOf", "lastIndexOf", "matches", "compareTo", "compareToIgnoreCase", "contentEquals", "regionMatches",
            "isEqualTo", "isNotEqualTo", "assertEquals", "assertNotEquals", "startsWithIgnoreCase", "containsIgnoreCase",
            "hasToString", "isEqualToIgnoringCase", "containsKey");
    private static final Set<String> MODEL_SETTERS = Set.of("model", "modelName", "modelId", "setModel", "setModelName",
            "setModelId", "withModel", "withModelName", "defaultModel", "chatModel");
    private static final Set<String> ENTRY_CALLS = Set.of("of", "entry", "put", "putIfAbsent", "ofEntries", "immutableEntry");
    private static final Set<String> DEFAULT_ANNOTATIONS = Set.of("WithDefault", "DefaultValue", "Value", "ConfigProperty",
            "ConfigItem", "Default");

    /** The role of a string literal or text block, or null when the tree around it says nothing. */
    static Role of(Expression literal, String text) {
        Role shape = ObjectShape.ofText(text);
        if (shape != null) return shape;
        Node child = literal;
        Node parent = up(literal);
        if (parent instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            // a piece of a concatenation takes the role of the whole
            while (up(child) instanceof BinaryExpr outer && outer.getOperator() == BinaryExpr.Operator.PLUS) child = up(child);
            parent = up(child);
        }
        if (parent instanceof SwitchEntry) return Role.MENTIONED;
        if (parent instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
                || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) return Role.MENTIONED;
        if (parent instanceof ConditionalExpr c && c.getCondition() == child) return Role.MENTIONED;
        if (parent instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (COMPARING_CALLS.contains(name)) return Role.MENTIONED;
            if (MODEL_SETTERS.contains(name) && m.getArguments().size() == 1) return builderRole(m);
            int index = indexOf(m.getArguments(), child);
            if (name.equals("of") && m.getScope().map(s -> s.toString().endsWith("Set")).orElse(false)) return Role.MENTIONED;
            if (ENTRY_CALLS.contains(name) && index >= 0 && index % 2 == 0 && m.getArguments().size() >= 2
                    && m.getArguments().size() % 2 == 0) return Role.MENTIONED; // a key: a table keyed by the id
        }
        if (parent instanceof ObjectCreationExpr o && indexOf(o.getArguments(), child) >= 0 && numbers(o.getArguments()) >= 2
                && !o.getType().getNameAsString().matches(".*(Request|Params|Message|Body).*")) {
            return Role.MENTIONED; // a row of a pricing or capability table
        }
        if (parent instanceof EnumConstantDeclaration e && indexOf(e.getArguments(), child) >= 0 && numbers(e.getArguments()) >= 1) {
            return Role.MENTIONED;
        }
        if (deprecatedConstant(parent)) return Role.MENTIONED;
        for (Node n = parent; n != null && !(n instanceof MethodDeclaration); n = up(n)) {
            if (n instanceof AnnotationExpr a) {
                String simple = a.getNameAsString().substring(a.getNameAsString().lastIndexOf('.') + 1);
                if (!DEFAULT_ANNOTATIONS.contains(simple)) return null;
                boolean isDefault = !(parent instanceof MemberValuePair p) || p.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("default")
                        || p.getNameAsString().equals("value");
                return isDefault ? Role.CONFIGURED : null;
            }
            if (!(n instanceof MemberValuePair) && !(n instanceof EnclosedExpr) && !(n instanceof CastExpr)
                    && !(n instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr)) break;
        }
        return null;
    }

    /**
     * A builder's model option: sent to Anthropic unless the builder is another provider's model or options type
     * ({@code OpenAiChatModel.builder().modelName("claude-…")} names a gateway's model, not Anthropic's).
     */
    private static Role builderRole(MethodCallExpr m) {
        Expression root = m;
        while (root instanceof MethodCallExpr c && c.getScope().isPresent()) root = c.getScope().get();
        if (root instanceof ObjectCreationExpr o) root = new com.github.javaparser.ast.expr.NameExpr(o.getType().getNameAsString());
        String type = root.toString();
        type = type.substring(type.lastIndexOf('.') + 1);
        if (type.isEmpty() || !Character.isUpperCase(type.charAt(0))) return Role.SENT;
        if (type.startsWith("Anthropic") || type.startsWith("Claude") || type.startsWith("Message")) return Role.SENT;
        return type.matches(".*(ChatModel|LanguageModel|ChatOptions|ChatClient|Model|Options)") ? Role.ELSEWHERE : Role.SENT;
    }

    /**
     * A value of a constant marked {@code @Deprecated} (a library's enum of model names keeping a retired one for
     * compatibility): the library has said not to use it, and the code that still does is where it is sent.
     */
    private static boolean deprecatedConstant(Node parent) {
        for (Node n = parent; n != null && !(n instanceof MethodDeclaration) && !(n instanceof TypeDeclaration<?>); n = up(n)) {
            if (n instanceof EnumConstantDeclaration e) return e.isAnnotationPresent("Deprecated");
            if (n instanceof FieldDeclaration f) return f.isAnnotationPresent("Deprecated");
        }
        return false;
    }

    private static Node up(Node n) {
        return n.getParentNode().orElse(null);
    }

    private static int indexOf(List<Expression> args, Node child) {
        for (int i = 0; i < args.size(); i++) if (args.get(i) == child) return i;
        return -1;
    }

    /** How many arguments are numbers: prices, limits and dates make a row of a table. */
    private static int numbers(List<Expression> args) {
        int n = 0;
        for (Expression a : args) {
            Expression e = a instanceof UnaryExpr u ? u.getExpression() : a;
            if (e instanceof IntegerLiteralExpr || e instanceof DoubleLiteralExpr || e instanceof LongLiteralExpr) n++;
        }
        return n;
    }
}
