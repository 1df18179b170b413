package dev.claudit.extract.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import dev.claudit.extract.FactSink;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests declared rather than built: interface methods of Retrofit ({@code @POST("v1/messages")}), OpenFeign
 * ({@code @RequestLine("POST /v1/messages")}), Spring Cloud OpenFeign ({@code @FeignClient(url = ...)} with
 * {@code @PostMapping}) and Spring's HTTP interfaces ({@code @HttpExchange(url = ...)} with {@code @PostExchange}).
 * These are not call chains, so {@link RequestFinder}'s recognizers cannot read them.
 *
 * <p>A method is read only when its whole URL is written in sight: the interface's own {@code url}, or, in the same
 * file, the {@code Feign.builder()...target(Api.class, url)} or the one {@code new Retrofit.Builder().baseUrl(url)}.
 * Declarative clients usually get headers from interceptors and client configuration that this file may not show,
 * so the headers read (annotations, header parameters, whose values are not known) are never taken as all the
 * request sends: the missing-header rules stay silent, the rules about what is sent (Bearer, version, host,
 * transport, path) apply.
 */
final class DeclarativeClientFinder {

    private static final Set<String> RETROFIT_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Set<String> SPRING_MAPPINGS = Set.of("GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
            "PatchMapping", "RequestMapping");
    private static final Set<String> EXCHANGES = Set.of("GetExchange", "PostExchange", "PutExchange", "DeleteExchange",
            "PatchExchange", "HttpExchange");

    /** How a method's path is joined to its base URL. */
    private enum Join {
        /** Retrofit resolves the path against the base URL, as a browser resolves a link. */
        RESOLVE,
        /** Feign and Spring append the path to the base URL. */
        APPEND
    }

    private record Base(Value url, Join join) {
    }

    private final JavaEvaluator eval;
    private final FactSink sink;

    DeclarativeClientFinder(JavaEvaluator eval, FactSink sink) {
        this.eval = eval;
        this.sink = sink;
    }

    void find(CompilationUnit cu, String pkg) {
        Optional<Value> retrofitBase = retrofitBaseUrl(cu, pkg);
        for (ClassOrInterfaceDeclaration type : eval.trees().all(cu, ClassOrInterfaceDeclaration.class)) {
            if (!type.isInterface()) continue;
            JavaEvaluator.Scope scope = new JavaEvaluator.Scope(pkg + JavaExtractor.qualifiedName(type), Map.of());
            Base base = base(cu, type, scope, retrofitBase).orElse(null);
            if (base == null) continue;
            List<Header> typeHeaders = new ArrayList<>();
            annotation(type.getAnnotations(), Set.of("Headers")).ifPresent(a -> colonHeaders(a, scope, typeHeaders));
            for (MethodDeclaration m : type.getMethods()) method(m, base, typeHeaders, scope);
        }
    }

    /** The base URL of an interface, when written in sight, and how its methods' paths join it. */
    private Optional<Base> base(CompilationUnit cu, ClassOrInterfaceDeclaration type, JavaEvaluator.Scope scope, Optional<Value> retrofitBase) {
        Optional<AnnotationExpr> feignClient = annotation(type.getAnnotations(), Set.of("FeignClient"));
        if (feignClient.isPresent()) {
            // without url, the client is found by service discovery: its host is not in sight
            Value url = member(feignClient.get(), "url").map(e -> eval.eval(e, scope)).orElse(null);
            if (!writtenInSight(url)) return Optional.empty();
            Value path = member(feignClient.get(), "path").map(e -> eval.eval(e, scope))
                    .or(() -> annotation(type.getAnnotations(), Set.of("RequestMapping")).flatMap(this::pathMember).map(e -> eval.eval(e, scope)))
                    .orElse(null);
            return Optional.of(new Base(path == null ? url : append(url, path), Join.APPEND));
        }
        Optional<AnnotationExpr> exchange = annotation(type.getAnnotations(), Set.of("HttpExchange"));
        if (exchange.isPresent()) {
            // without an absolute url, the base is the RestClient or WebClient the proxy is made from
            Value url = member(exchange.get(), "url").or(() -> member(exchange.get(), "value")).map(e -> eval.eval(e, scope)).orElse(null);
            return writtenInSight(url) && url.knownPrefix().contains("://") ? Optional.of(new Base(url, Join.APPEND)) : Optional.empty();
        }
        String name = type.getNameAsString();
        for (MethodCallExpr m : eval.trees().all(cu, MethodCallExpr.class)) {
            if (m.getNameAsString().equals("target") && m.getArguments().size() == 2
                    && m.getArgument(0) instanceof ClassExpr c && simpleName(c.getType().asString()).equals(name)) {
                Value url = eval.eval(m.getArgument(1), scope);
                return writtenInSight(url) ? Optional.of(new Base(url, Join.APPEND)) : Optional.empty();
            }
        }
        boolean retrofit = type.getMethods().stream().anyMatch(m -> annotation(m.getAnnotations(), RETROFIT_METHODS).isPresent()
                || annotation(m.getAnnotations(), Set.of("HTTP")).isPresent());
        return retrofit ? retrofitBase.map(u -> new Base(u, Join.RESOLVE)) : Optional.empty();
    }

    /** The one base URL given to a {@code new Retrofit.Builder()} in the file; none when there are several. */
    private Optional<Value> retrofitBaseUrl(CompilationUnit cu, String pkg) {
        Set<String> seen = new HashSet<>();
        Value found = null;
        for (MethodCallExpr m : eval.trees().all(cu, MethodCallExpr.class)) {
            if (!m.getNameAsString().equals("baseUrl") || m.getArguments().size() != 1 || !onRetrofitBuilder(m)) continue;
            String className = m.findAncestor(ClassOrInterfaceDeclaration.class).map(t -> pkg + JavaExtractor.qualifiedName(t)).orElse(pkg);
            Value v = eval.eval(m.getArgument(0), new JavaEvaluator.Scope(className, Map.of()));
            if (!writtenInSight(v)) return Optional.empty();
            seen.add(v.render());
            found = v;
        }
        return seen.size() == 1 ? Optional.of(found) : Optional.empty();
    }

    private static boolean onRetrofitBuilder(MethodCallExpr m) {
        Expression cur = m.getScope().orElse(null);
        while (cur instanceof MethodCallExpr c) cur = c.getScope().orElse(null);
        return cur instanceof ObjectCreationExpr o && o.getType().asString().endsWith("Retrofit.Builder");
    }

    /** A URL the code writes: a literal or a constant, not a configuration placeholder or a value read at run time. */
    private static boolean writtenInSight(Value v) {
        if (v == null || v instanceof Value.Unknown || v instanceof Value.Reference) return false;
        return !v.render().contains("${");
    }

    private void method(MethodDeclaration m, Base base, List<Header> typeHeaders, JavaEvaluator.Scope scope) {
        AnnotationExpr mapping = null;
        Value path = null;
        List<Header> headers = new ArrayList<>(typeHeaders);
        for (AnnotationExpr a : m.getAnnotations()) {
            String name = simpleName(a);
            if (RETROFIT_METHODS.contains(name) && base.join() == Join.RESOLVE) {
                path = pathMember(a).map(e -> eval.eval(e, scope)).orElse(new Value.Literal("", eval.loc(a)));
                mapping = a;
            } else if (name.equals("HTTP") && base.join() == Join.RESOLVE) {
                path = member(a, "path").map(e -> eval.eval(e, scope)).orElse(new Value.Literal("", eval.loc(a)));
                mapping = a;
            } else if (name.equals("RequestLine")) {
                path = pathMember(a).map(e -> eval.eval(e, scope)).flatMap(v -> v.knownText()).flatMap(this::requestLinePath)
                        .map(p -> (Value) new Value.Literal(p, eval.loc(a))).orElse(null);
                mapping = path == null ? null : a;
            } else if (SPRING_MAPPINGS.contains(name) || EXCHANGES.contains(name)) {
                path = pathMember(a).map(e -> eval.eval(e, scope)).orElse(new Value.Literal("", eval.loc(a)));
                mapping = a;
                member(a, "headers").ifPresent(h -> equalsHeaders(h, scope, headers));
            } else if (name.equals("Headers")) {
                colonHeaders(a, scope, headers);
            }
        }
        if (mapping == null || path == null || urlGivenAtRunTime(m)) return;
        for (Parameter p : m.getParameters()) {
            annotation(p.getAnnotations(), Set.of("Header", "RequestHeader")).ifPresent(a -> {
                Optional<Expression> named = pathMember(a).or(() -> member(a, "name"));
                if (named.isEmpty() || p.getType().asString().contains("Map") || p.getType().asString().endsWith("Headers")) return;
                Location l = eval.loc(p);
                headers.add(new Header(eval.eval(named.get(), scope), new Value.Unknown(p.getNameAsString(), l), l));
            });
        }
        Location at = eval.loc(mapping);
        Value url = join(base, withoutTemplates(path, at));
        if (url == null) return;
        sink.call(new HttpCall(url, headers, false, HttpCall.Api.UNKNOWN, false, at));
    }

    /** Retrofit's {@code @Url} parameter, or a {@code URI} parameter (Feign, Spring): the caller chooses the URL. */
    private static boolean urlGivenAtRunTime(MethodDeclaration m) {
        return m.getParameters().stream().anyMatch(p -> annotation(p.getAnnotations(), Set.of("Url")).isPresent()
                || simpleName(p.getType().asString()).equals("URI"));
    }

    /** The base URL and a method's path, joined as the library does; null when the result is not known. */
    private static Value join(Base base, Value path) {
        if (base.join() == Join.APPEND) return append(base.url(), path);
        Optional<String> b = base.url().knownText();
        Optional<String> p = path.knownText();
        if (p.isPresent() && p.get().contains("://")) return path;
        if (b.isPresent() && p.isPresent()) {
            try {
                return new Value.Literal(URI.create(b.get()).resolve(p.get()).toString(), path.location());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        // a base not resolved here (a constant): Retrofit requires it to end with '/', so a relative path appends
        return path.knownPrefix().startsWith("/") ? null : Value.concat(base.url(), path, path.location());
    }

    /** {@code base + path} with one slash between them, as Feign and Spring join a client's URL and a method's path. */
    private static Value append(Value base, Value path) {
        String p = path.knownPrefix();
        if (p.isEmpty() && path instanceof Value.Literal) return base;
        Value slash = p.startsWith("/") ? path : Value.concat(new Value.Literal("/", path.location()), path, path.location());
        Optional<String> b = base.knownText();
        if (b.isPresent() && b.get().endsWith("/")) base = new Value.Literal(b.get().substring(0, b.get().length() - 1), base.location());
        return Value.concat(base, slash, path.location());
    }

    /** A path whose {@code {name}} templates are filled at run time: known up to the first one. */
    private static Value withoutTemplates(Value path, Location at) {
        Optional<String> text = path.knownText();
        if (text.isEmpty() || !text.get().contains("{")) return path;
        return knownUpToTemplate(text.get(), "path template", at);
    }

    /**
     * Text whose templates ({@code {key}}, {@code ${key}}) are filled at run time: known up to where the first one
     * starts ({@code "Bearer {token}"} is known as {@code "Bearer "}); the rest is unknown, described so.
     */
    private static Value knownUpToTemplate(String text, String unknown, Location at) {
        int template = text.contains("${") ? text.indexOf("${") : text.indexOf('{');
        if (template < 0) return new Value.Literal(text, at);
        return Value.concat(new Value.Literal(text.substring(0, template), at), new Value.Unknown(unknown, at), at);
    }

    /** {@code "POST /v1/messages HTTP/1.1"}: the path, the second word. */
    private Optional<String> requestLinePath(String line) {
        String[] words = line.trim().split("\\s+");
        return words.length >= 2 ? Optional.of(words[1]) : Optional.empty();
    }

    /** Retrofit's and Feign's {@code @Headers({"name: value", ...})}. */
    private void colonHeaders(AnnotationExpr a, JavaEvaluator.Scope scope, List<Header> out) {
        pathMember(a).ifPresent(e -> strings(e).forEach(s -> split(s, ':', scope, out)));
    }

    /** Spring's {@code headers = {"name=value", ...}}. */
    private void equalsHeaders(Expression e, JavaEvaluator.Scope scope, List<Header> out) {
        strings(e).forEach(s -> split(s, '=', scope, out));
    }

    private void split(Expression e, char separator, JavaEvaluator.Scope scope, List<Header> out) {
        Optional<String> text = eval.eval(e, scope).knownText();
        if (text.isEmpty()) return;
        int at = text.get().indexOf(separator);
        if (at <= 0) return;
        Location l = eval.loc(e);
        String name = text.get().substring(0, at).trim();
        String value = text.get().substring(at + 1).trim();
        out.add(new Header(name, knownUpToTemplate(value, value, l), l));
    }

    private static List<Expression> strings(Expression e) {
        return e instanceof ArrayInitializerExpr array ? array.getValues() : List.of(e);
    }

    /** The annotation's single value or its {@code value}, else its {@code path} or {@code url}. */
    private Optional<Expression> pathMember(AnnotationExpr a) {
        if (a instanceof SingleMemberAnnotationExpr s) return Optional.of(first(s.getMemberValue()));
        return member(a, "value").or(() -> member(a, "path")).or(() -> member(a, "url")).map(DeclarativeClientFinder::first);
    }

    private static Expression first(Expression e) {
        return e instanceof ArrayInitializerExpr array && array.getValues().size() == 1 ? array.getValues().get(0) : e;
    }

    private static Optional<Expression> member(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr s) return name.equals("value") ? Optional.of(s.getMemberValue()) : Optional.empty();
        if (a instanceof NormalAnnotationExpr n) {
            return n.getPairs().stream().filter(p -> p.getNameAsString().equals(name)).map(p -> p.getValue()).findFirst();
        }
        return Optional.empty();
    }

    private static Optional<AnnotationExpr> annotation(List<AnnotationExpr> annotations, Set<String> names) {
        return annotations.stream().filter(a -> names.contains(simpleName(a))).findFirst();
    }

    private static String simpleName(AnnotationExpr a) {
        return simpleName(a.getNameAsString());
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
