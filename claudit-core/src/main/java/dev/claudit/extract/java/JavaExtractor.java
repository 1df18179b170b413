package dev.claudit.extract.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.LevelFreeParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.facts.Notice;
import dev.claudit.facts.ObjectShape;
import dev.claudit.facts.Role;
import dev.claudit.extract.ValueText;
import dev.claudit.facts.Abandoned;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Java with javaparser: constants (fields, {@code @Value} injections, constructor assignments) as
 * project symbols, every string literal and folded concatenation, model choices as settings, then hands each
 * method body to {@link RequestFinder} for HTTP requests, SDK clients and log calls, and the file's annotated
 * HTTP interfaces (Retrofit, Feign, Spring) to {@link DeclarativeClientFinder}.
 */
public final class JavaExtractor implements Extractor {

    private static final Set<String> MODEL_SETTERS = Set.of("model", "modelName", "modelId", "setModel", "setModelName",
            "setModelId", "withModel", "withModelName");
    private static final Set<String> ENTRY_CALLS = Set.of("put", "addProperty", "of", "entry");
    private static final Set<String> MODEL_KEYS = Set.of("model", "model_id", "modelId", "model_name", "modelName");

    /** A Java file javaparser rejects; the message names the line, never the content. */
    public static final class UnparsableJava extends Exception {
        UnparsableJava(String message) {
            super(message);
        }
    }

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableJava {
        ParseResult<CompilationUnit> result = parse(text);
        List<String> localTypes = List.of();
        if (!result.isSuccessful()) {
            // constructs the grammar lacks (a local enum, a string template) are rewritten and the file parsed again
            NewerSyntax.Rewrite rewrite = NewerSyntax.rewrite(text);
            if (rewrite.changed()) {
                ParseResult<CompilationUnit> again = parse(rewrite.text());
                if (again.getResult().isPresent()) {
                    result = again;
                    localTypes = rewrite.pieces();
                }
            }
        }
        if (result.getResult().isEmpty()) throw new UnparsableJava("Java parse error" + where(result));
        // what javaparser could not parse it skipped statement by statement: the rest is read
        if (!result.isSuccessful()) sink.notice(Notice.Level.NOTE, "Java parse error" + where(result) + "; read around it");
        read(path, result.getResult().get(), true, sink);
        for (String piece : localTypes) {
            ParseResult<CompilationUnit> local = parse(piece);
            if (local.getResult().isPresent()) read(path, local.getResult().get(), false, sink);
        }
    }

    /**
     * The newest grammar ({@code yield} a keyword in switches) and no post-processing: the language-level validators
     * reject newer Java ({@code _} since 22) and took two thirds of the parse time; the other processors (comments,
     * var types, line endings, unicode escapes) add nothing read here. {@link LevelFreeParser} does that without
     * building javaparser's language levels at all.
     */
    private static ParseResult<CompilationUnit> parse(String text) {
        return LevelFreeParser.parse(text);
    }

    /** " at line N" for the first problem, or "". */
    private static String where(ParseResult<CompilationUnit> result) {
        return result.getProblems().stream().findFirst()
                .flatMap(p -> p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line)
                        .or(() -> lexicalErrorLine(p.getMessage())))
                .map(line -> " at line " + line)
                .orElse("");
    }

    /** The facts of a tree; a local type cut out of its method ({@code shared} false) defines no project constants. */
    private static void read(String path, CompilationUnit cu, boolean shared, FactSink sink) {
        JavaEvaluator eval = new JavaEvaluator(path, Trees.of(cu));
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");

        if (cu.getImports().stream().anyMatch(i -> mockImport(i.getNameAsString()))) sink.mockedHttp();
        literals(cu, pkg, eval, otherPlatform(cu), sink);
        modelOptions(cu, pkg, eval, sink);
        if (shared) {
            for (TypeDeclaration<?> type : eval.trees().all(cu, TypeDeclaration.class)) {
                String qualified = pkg + qualifiedName(type);
                constants(type, qualified, eval, sink);
            }
        }
        new RequestFinder(eval, sink).find(cu, pkg);
        new DeclarativeClientFinder(eval, sink).find(cu, pkg);
    }

    private static final Pattern LEXICAL_ERROR_LINE = Pattern.compile("^Lexical error at line (\\d+),");

    /** The line of a lexical error (unterminated string or comment), which javaparser gives only in its message. */
    private static Optional<Integer> lexicalErrorLine(String message) {
        // only the number is taken: the rest of the message quotes the file
        Matcher m = LEXICAL_ERROR_LINE.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The qualified name of the type a node is written in, or "" outside any type. */
    static String enclosingType(Node n, String pkg) {
        for (Optional<Node> p = n.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
            if (p.get() instanceof TypeDeclaration<?> t) return pkg + qualifiedName(t);
        }
        return "";
    }

    /** {@code Outer.Inner} for nested types. */
    static String qualifiedName(TypeDeclaration<?> type) {
        StringBuilder sb = new StringBuilder(type.getNameAsString());
        Optional<Node> p = type.getParentNode();
        while (p.isPresent()) {
            if (p.get() instanceof TypeDeclaration<?> t) sb.insert(0, t.getNameAsString() + ".");
            p = p.get().getParentNode();
        }
        return sb.toString();
    }

    /** Every literal, and every outermost {@code +} chain that folds to a literal (a key split in pieces). */
    private static void literals(CompilationUnit cu, String pkg, JavaEvaluator eval, boolean otherPlatform, FactSink sink) {
        boolean[] cut = {false};
        SdkModelConstants constants = new SdkModelConstants(cu, eval.trees());
        eval.trees().each(cu, n -> {
            Abandoned.check();
            if (n instanceof FieldAccessExpr || n instanceof NameExpr) {
                constants.idOf(n).ifPresent(id -> literal((Expression) n, id, eval, otherPlatform, sink));
            }
            else if (n instanceof StringLiteralExpr s) literal(s, s.asString(), eval, otherPlatform, sink);
            else if (n instanceof TextBlockLiteralExpr t) literal(t, t.asString(), eval, otherPlatform, sink);
            else if (n instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS
                    && !(b.getParentNode().orElse(null) instanceof BinaryExpr)) {
                String type = enclosingType(b, pkg);
                Value v = eval.eval(b, new JavaEvaluator.Scope(type, Map.of()));
                if (v instanceof Value.Literal l) {
                    sink.literal(l);
                    if (mayNameModel(l.text())) sink.role(l.location(), role(b, l.text(), otherPlatform));
                }
                else if (v.cut() && !cut[0]) {
                    cut[0] = true; // a chain over 64 KiB: its first 64 KiB are checked, once per file
                    sink.literal(new Value.Literal(v.knownPrefix(), v.location(), true));
                    sink.notice(Notice.Level.NOTE, Value.CUT_NOTICE);
                }
                // pieces that are constants (maybe in other classes): the project resolves them later
                else if (!v.symbols().isEmpty()) sink.symbol("#expr@" + v.location().line() + ":" + v.location().column(), v);
            }
        });
    }

    private static void literal(com.github.javaparser.ast.expr.Expression e, String text, JavaEvaluator eval, boolean otherPlatform,
                                FactSink sink) {
        Value.Literal l = new Value.Literal(text, eval.loc(e));
        sink.literal(l);
        if (mayNameModel(text)) sink.role(l.location(), role(e, text, otherPlatform));
    }

    /**
     * A literal's role; in a file written for another platform a model id not merely mentioned is that platform's
     * (a URL keeps its own role: a wrong Anthropic host is wrong wherever it is written).
     */
    private static Role role(com.github.javaparser.ast.expr.Expression e, String text, boolean otherPlatform) {
        Role role = JavaRoles.of(e, text);
        return otherPlatform && role != Role.MENTIONED && !text.contains("://") ? Role.ELSEWHERE : role;
    }

    /**
     * A file written for Bedrock or Vertex AI: it imports a Bedrock or Vertex client (LangChain4j's, Spring AI's, AWS's,
     * Google's, or the Anthropic SDK's Bedrock or Vertex backend) and no client of Anthropic's own API, so the model ids
     * it configures are that platform's, on that platform's schedule.
     */
    private static boolean otherPlatform(CompilationUnit cu) {
        boolean partner = false;
        boolean direct = false;
        for (var i : cu.getImports()) {
            List<String> parts = List.of(i.getNameAsString().toLowerCase(java.util.Locale.ROOT).split("\\."));
            // the packages only: a class named Vertex (a graph library's) names no platform
            List<String> packages = i.isAsterisk() ? parts : parts.subList(0, parts.size() - 1);
            boolean platform = packages.stream().anyMatch(p -> p.startsWith("bedrock") || p.equals("vertex") || p.equals("vertexai"));
            if (platform) partner = true;
            // the Anthropic SDK's Bedrock or Vertex backend makes every client in the file that platform's
            else if (parts.contains("anthropic") && !parts.contains("backends")) direct = true;
            if (platform && parts.contains("anthropic") && parts.contains("backends")) return true;
        }
        return partner && !direct;
    }

    /** Only strings that may name a model or an Anthropic URL get a role. */
    private static boolean mayNameModel(String text) {
        return ObjectShape.wantsRole(text);
    }

    /** HTTP test doubles: a file that uses one sends its requests to the double, not to Anthropic. */
    private static boolean mockImport(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("wiremock") || n.contains("mockwebserver") || n.startsWith("org.mockserver")
                || n.endsWith("mockrestserviceserver") || n.startsWith("io.specto.hoverfly")
                || n.endsWith(".mockhttpclient") || n.endsWith(".mockhttpclientbuilder");
    }

    /**
     * Model choices written in code become settings named after the option: builder options
     * ({@code .model("…")}, {@code .modelName("…")}) and {@code "model"} entries of maps and JSON objects
     * ({@code Map.of("model", …)}, {@code node.put("model", …)}, {@code json.addProperty("model", …)}).
     */
    private static void modelOptions(CompilationUnit cu, String pkg, JavaEvaluator eval, FactSink sink) {
        for (MethodCallExpr m : eval.trees().all(cu, MethodCallExpr.class)) {
            List<Expression> args = m.getArguments();
            String type = enclosingType(m, pkg);
            JavaEvaluator.Scope scope = new JavaEvaluator.Scope(type, Map.of());
            if (MODEL_SETTERS.contains(m.getNameAsString()) && args.size() == 1) {
                Value v = eval.eval(args.get(0), scope);
                sink.setting(new Setting(m.getNameAsString(), v, Setting.Origin.JAVA, Setting.Style.PLAIN, v.location()));
            } else if (ENTRY_CALLS.contains(m.getNameAsString()) && args.size() >= 2 && args.size() % 2 == 0) {
                for (int k = 0; k + 1 < args.size(); k += 2) {
                    if (args.get(k) instanceof StringLiteralExpr key && MODEL_KEYS.contains(key.asString())) {
                        Value v = eval.eval(args.get(k + 1), scope);
                        sink.setting(new Setting(key.asString(), v, Setting.Origin.JAVA, Setting.Style.PLAIN, v.location()));
                    }
                }
            }
        }
    }

    /** Fields with initializers, {@code @Value("${x}")} fields and fields assigned in constructors become symbols. */
    private static void constants(TypeDeclaration<?> type, String qualified, JavaEvaluator eval, FactSink sink) {
        String simple = qualifiedName(type);
        JavaEvaluator.Scope scope = new JavaEvaluator.Scope(qualified, Map.of());
        Map<String, Value> fields = new HashMap<>();
        for (FieldDeclaration field : type.getFields()) {
            Optional<Value> injected = injectedValue(field.getAnnotations(), eval, field);
            for (VariableDeclarator v : field.getVariables()) {
                if (injected.isPresent()) fields.put(v.getNameAsString(), injected.get());
                else v.getInitializer().ifPresent(init -> fields.put(v.getNameAsString(), eval.eval(init, scope)));
            }
        }
        // this.x = param / this.x = expr in constructors, when the field has no initializer
        for (CallableDeclaration<?> ctor : type.getConstructors()) {
            Map<String, Value> params = parameters(ctor.getParameters(), eval);
            JavaEvaluator.Scope ctorScope = new JavaEvaluator.Scope(qualified, params);
            for (AssignExpr a : eval.trees().all(ctor, AssignExpr.class)) {
                if (a.getOperator() != AssignExpr.Operator.ASSIGN) continue;
                String target = a.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString()
                        : a.getTarget() instanceof NameExpr n && !params.containsKey(n.getNameAsString()) ? n.getNameAsString() : null;
                if (target != null && !fields.containsKey(target) && type.getFieldByName(target).isPresent()) {
                    fields.put(target, eval.eval(a.getValue(), ctorScope));
                }
            }
        }
        fields.forEach((name, value) -> {
            sink.symbol(qualified + "." + name, value);
            if (!simple.equals(qualified)) sink.symbol(simple + "." + name, value);
        });
    }

    /** Method or constructor parameters: {@code @Value("${x}")} ones are property references, the rest unknown. */
    static Map<String, Value> parameters(List<Parameter> params, JavaEvaluator eval) {
        Map<String, Value> out = new HashMap<>();
        for (Parameter p : params) {
            out.put(p.getNameAsString(), injectedValue(p.getAnnotations(), eval, p)
                    .orElse(new Value.Unknown(p.getNameAsString(), eval.loc(p))));
        }
        return out;
    }

    /** Spring {@code @Value("${a.b:default}")}, MicroProfile {@code @ConfigProperty(name = "a.b")}. */
    static Optional<Value> injectedValue(List<AnnotationExpr> annotations, JavaEvaluator eval, Node at) {
        for (AnnotationExpr a : annotations) {
            String name = a.getNameAsString();
            if ((name.equals("Value") || name.endsWith(".Value")) && a instanceof SingleMemberAnnotationExpr s
                    && s.getMemberValue() instanceof StringLiteralExpr lit) {
                return Optional.of(ValueText.parse(lit.asString(), eval.loc(s.getMemberValue()), false));
            }
            if (name.endsWith("ConfigProperty") && a instanceof NormalAnnotationExpr n) {
                String key = n.getPairs().stream().filter(p -> p.getNameAsString().equals("name"))
                        .map(p -> p.getValue() instanceof StringLiteralExpr l ? l.asString() : null).findFirst().orElse(null);
                if (key != null) return Optional.of(new Value.Reference(Value.Source.PROPERTY, key, null, eval.loc(at)));
            }
        }
        return Optional.empty();
    }
}
