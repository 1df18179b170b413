package dev.claudit.extract.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.claudit.extract.FactSink;
import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.LogCall;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds HTTP requests, SDK clients and log calls in Java bodies. A request is a group of expressions
 * joined by the variables they share — a builder, an {@code HttpHeaders}, an {@code HttpEntity}, a
 * connection — so headers set on one line and the URL given on another are judged together, whichever
 * client library builds them (java.net.http, OkHttp, Apache HttpClient, HttpURLConnection, Spring).
 */
final class RequestFinder {

    private static final Set<String> HEADER_CALLS = Set.of("header", "addHeader", "setHeader", "defaultHeader",
            "setRequestProperty", "addRequestProperty");
    private static final Set<String> URL_CALLS = Set.of("uri", "url", "baseUrl", "newBuilder", "postForEntity",
            "postForObject", "postForLocation", "exchange", "getForObject", "getForEntity");
    /** RestTemplate-style calls: the request (URL and HttpEntity headers) is all in the arguments. */
    private static final Set<String> TEMPLATE_CALLS = Set.of("postForEntity", "postForObject", "postForLocation",
            "exchange", "getForObject", "getForEntity");
    private static final Set<String> URL_CONSTRUCTORS = Set.of("HttpPost", "HttpGet", "HttpPut", "HttpPatch", "HttpDelete",
            "URL", "HttpUriRequestBase", "Request.Builder");
    private static final Set<String> STATIC_URL_FACTORIES = Set.of("ClassicRequestBuilder", "SimpleRequestBuilder",
            "Request", "RequestEntity", "RestClient", "WebClient", "HttpRequest");
    /** Calls a request object may be handed to without its headers changing. */
    private static final Set<String> SENDING_CALLS = Set.of("send", "sendAsync", "newCall", "execute", "exchange",
            "postForEntity", "postForObject", "postForLocation", "body", "bodyValue", "build", "enqueue", "retrieve",
            "getForObject", "getForEntity", "put", "headers", "defaultHeaders", "executeOpen", "submit",
            "copyOf", "of", "entity", "writeValueAsString", "toJson", "getOutputStream", "getInputStream",
            "getResponseCode", "connect", "setEntity", "setDoOutput", "setRequestMethod", "info", "debug", "println");
    private static final Set<String> LOG_METHODS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log",
            "fine", "finer", "finest", "severe", "warning", "config", "print", "println", "printf", "format", "atInfo");

    private final JavaEvaluator eval;
    private final FactSink sink;

    RequestFinder(JavaEvaluator eval, FactSink sink) {
        this.eval = eval;
        this.sink = sink;
    }

    /** A client field's visible builder: its base URL and default headers. */
    private record FieldClient(Value baseUrl, List<Header> headers, boolean complete) {
    }

    void find(CompilationUnit cu, String pkg) {
        for (TypeDeclaration<?> type : cu.findAll(TypeDeclaration.class)) {
            String qualified = pkg + JavaExtractor.qualifiedName(type);
            Map<String, FieldClient> fieldClients = new HashMap<>();
            Map<String, List<String>> fieldSenders = new HashMap<>();
            Set<String> fieldNames = new HashSet<>();
            type.getFields().forEach(f -> f.getVariables().forEach(v -> fieldNames.add(v.getNameAsString())));
            // field initializers and constructors first: they build the clients the methods use
            for (FieldDeclaration f : type.getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    v.getInitializer().ifPresent(init -> body(init, qualified, Map.of(), fieldNames, fieldClients, fieldSenders, v.getNameAsString()));
                }
            }
            for (CallableDeclaration<?> c : type.getConstructors()) {
                body(c, qualified, JavaExtractor.parameters(c.getParameters(), eval), fieldNames, fieldClients, fieldSenders, null);
            }
            for (Node member : type.getMembers()) {
                if (member instanceof CallableDeclaration<?> c && !c.isConstructorDeclaration()) {
                    body(c, qualified, JavaExtractor.parameters(c.getParameters(), eval), fieldNames, fieldClients, fieldSenders, null);
                } else if (member instanceof InitializerDeclaration init) {
                    body(init, qualified, Map.of(), fieldNames, fieldClients, fieldSenders, null);
                }
            }
        }
    }

    /** One chain of calls: {@code root.a(..).b(..).c(..)}, calls listed from the root outwards. */
    private static final class Chain {
        private final Expression top;
        private final Expression root;
        private final List<MethodCallExpr> calls;

        Chain(Expression top, Expression root, List<MethodCallExpr> calls) {
            this.top = top;
            this.root = root;
            this.calls = calls;
        }

        Expression top() {
            return top;
        }

        Expression root() {
            return root;
        }

        List<MethodCallExpr> calls() {
            return calls;
        }
    }

    private void body(Node body, String className, Map<String, Value> params, Set<String> fieldNames,
                      Map<String, FieldClient> fieldClients, Map<String, List<String>> fieldSenders, String initializedField) {
        // locals in declaration order; a local assigned more than once is unknown
        Map<String, Value> locals = new LinkedHashMap<>(params);
        Map<String, Integer> assignments = new HashMap<>();
        for (AssignExpr a : body.findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr n) assignments.merge(n.getNameAsString(), 1, Integer::sum);
        }
        Map<String, Expression> localInits = new HashMap<>();
        for (VariableDeclarator v : body.findAll(VariableDeclarator.class)) {
            if (v.getParentNode().orElse(null) instanceof FieldDeclaration) continue;
            String name = v.getNameAsString();
            JavaEvaluator.Scope scope = new JavaEvaluator.Scope(className, locals);
            if (v.getInitializer().isPresent() && !assignments.containsKey(name)) {
                locals.put(name, eval.eval(v.getInitializer().get(), scope));
                localInits.put(name, v.getInitializer().get());
            } else {
                locals.put(name, new Value.Unknown(name, eval.loc(v)));
            }
        }
        for (LambdaExpr l : body.findAll(LambdaExpr.class)) {
            l.getParameters().forEach(p -> locals.putIfAbsent(p.getNameAsString(), new Value.Unknown(p.getNameAsString(), eval.loc(p))));
        }
        JavaEvaluator.Scope scope = new JavaEvaluator.Scope(className, locals);

        List<Chain> chains = chains(body);
        UnionFind groups = new UnionFind();
        for (Chain c : chains) {
            groups.add(c);
            if (c.root() instanceof NameExpr n && locals.containsKey(n.getNameAsString())) groups.union(c, "var:" + n.getNameAsString());
            holder(c.top()).ifPresent(p -> {
                if (p instanceof VariableDeclarator v) groups.union(c, "var:" + v.getNameAsString());
                if (p instanceof AssignExpr a && a.getTarget() instanceof NameExpr n) groups.union(c, "var:" + n.getNameAsString());
                if (p instanceof AssignExpr a && assignedField(a, fieldNames) != null) groups.union(c, "field:" + assignedField(a, fieldNames));
            });
            if (initializedField != null) groups.union(c, "field:" + initializedField);
            for (Expression arg : arguments(c)) {
                if (arg instanceof NameExpr n && locals.containsKey(n.getNameAsString())) groups.union(c, "var:" + n.getNameAsString());
                if (arg instanceof LambdaExpr l) l.getParameters().forEach(p -> groups.union(c, "var:" + p.getNameAsString()));
            }
            // a chain nested in another chain's arguments is part of the same request
            enclosingChain(c, chains).ifPresent(outer -> groups.union(c, outer));
        }

        // OkHttp clients built here, by the variable or field that holds them: the interceptors they are built with
        // (a field also assigned something else holds a client not known)
        Map<String, List<String>> senders = new HashMap<>();
        if (initializedField != null && body instanceof Expression init) {
            okHttpInterceptors(init, localInits).ifPresent(i -> fieldSenders.put(initializedField, i));
        }
        for (VariableDeclarator v : body.findAll(VariableDeclarator.class)) {
            if (v.getParentNode().orElse(null) instanceof FieldDeclaration || v.getInitializer().isEmpty()) continue;
            okHttpInterceptors(v.getInitializer().get(), localInits).ifPresent(i -> senders.put(v.getNameAsString(), i));
        }
        for (AssignExpr a : body.findAll(AssignExpr.class)) {
            String field = assignedField(a, fieldNames);
            if (field != null && !locals.containsKey(field)) {
                List<String> built = okHttpInterceptors(a.getValue(), localInits).orElse(null);
                fieldSenders.put(field, fieldSenders.containsKey(field) && !Objects.equals(fieldSenders.get(field), built) ? null : built);
            } else if (a.getTarget() instanceof NameExpr n) {
                senders.put(n.getNameAsString(), null);
            }
        }
        Map<String, Location> headerLoggers = headerLoggers(body, localInits);
        for (List<Chain> group : groups.groups()) {
            logsHeaders(group, headerLoggers, scope);
            request(group, scope, fieldNames, fieldClients, locals, localInits, sentVia(group, senders, fieldSenders, locals));
            client(group, scope);
        }
        for (Chain c : chains) {
            log(c, scope);
            printsHeaders(c, chains, groups, localInits, scope);
        }
    }

    /** The declaration or assignment that stores an expression, looking through casts and parentheses. */
    private static Optional<Node> holder(Expression e) {
        Optional<Node> p = e.getParentNode();
        while (p.isPresent() && (p.get() instanceof com.github.javaparser.ast.expr.CastExpr
                || p.get() instanceof com.github.javaparser.ast.expr.EnclosedExpr)) {
            p = p.get().getParentNode();
        }
        return p;
    }

    private static String assignedField(AssignExpr a, Set<String> fieldNames) {
        if (a.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return f.getNameAsString();
        if (a.getTarget() instanceof NameExpr n && fieldNames.contains(n.getNameAsString())) return n.getNameAsString();
        return null;
    }

    /** Every outermost call chain and free-standing object creation in a body. */
    private static List<Chain> chains(Node body) {
        List<Chain> out = new ArrayList<>();
        body.walk(Node.TreeTraversal.PREORDER, n -> {
            dev.claudit.facts.Abandoned.check();
            if (n instanceof MethodCallExpr m && !isScopeOfCall(m)) {
                List<MethodCallExpr> calls = new ArrayList<>();
                Expression cur = m;
                while (cur instanceof MethodCallExpr mc) {
                    calls.add(0, mc);
                    Optional<Expression> s = mc.getScope();
                    if (s.isEmpty()) {
                        cur = null;
                        break;
                    }
                    cur = s.get();
                }
                out.add(new Chain(m, cur, calls));
            } else if (n instanceof ObjectCreationExpr o && !isScopeOfCall(o)) {
                out.add(new Chain(o, o, List.of()));
            }
        });
        return out;
    }

    private static boolean isScopeOfCall(Expression e) {
        return e.getParentNode().orElse(null) instanceof MethodCallExpr p && p.getScope().map(s -> s == e).orElse(false);
    }

    private static List<Expression> arguments(Chain c) {
        List<Expression> out = new ArrayList<>();
        if (c.root() instanceof ObjectCreationExpr o) out.addAll(o.getArguments());
        for (MethodCallExpr m : c.calls()) out.addAll(m.getArguments());
        return out;
    }

    private static Optional<Chain> enclosingChain(Chain c, List<Chain> all) {
        Optional<Node> p = c.top().getParentNode();
        while (p.isPresent()) {
            Node n = p.get();
            for (Chain other : all) {
                if (other == c) continue;
                if (other.root() == n || other.calls().stream().anyMatch(m -> m == n)) return Optional.of(other);
            }
            if (n instanceof CallableDeclaration || n instanceof TypeDeclaration) break;
            p = n.getParentNode();
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- requests

    private void request(List<Chain> group, JavaEvaluator.Scope scope, Set<String> fieldNames,
                         Map<String, FieldClient> fieldClients, Map<String, Value> locals, Map<String, Expression> localInits,
                         List<String> sentVia) {
        Value url = null;
        Value baseUrl = null;
        Location at = null;
        List<Header> headers = new ArrayList<>();
        boolean complete = true;
        boolean requestish = false;
        boolean clientBuilder = false;
        HttpCall.Api api = HttpCall.Api.UNKNOWN;
        Set<String> headerVars = new HashSet<>();
        String assignedField = null;

        for (Chain c : group) {
            for (Expression arg : arguments(c)) {
                if (arg instanceof LambdaExpr l) l.getParameters().forEach(p -> headerVars.add(p.getNameAsString()));
            }
            if (c.root() instanceof ObjectCreationExpr o) {
                String type = o.getType().getNameAsString();
                String full = o.getType().asString();
                if (type.equals("HttpHeaders")) {
                    api = HttpCall.Api.SPRING;
                    requestish = true;
                    holder(c.top()).ifPresent(p -> {
                        if (p instanceof VariableDeclarator v) headerVars.add(v.getNameAsString());
                    });
                }
                if (full.endsWith("Request.Builder")) {
                    api = HttpCall.Api.OKHTTP;
                    requestish = true;
                }
                if (URL_CONSTRUCTORS.contains(type) && !o.getArguments().isEmpty()) {
                    url = eval.eval(o.getArgument(0), scope);
                    at = eval.loc(o);
                    requestish = true;
                    if (type.startsWith("Http")) api = HttpCall.Api.APACHE;
                    if (type.equals("URL")) api = HttpCall.Api.URL_CONNECTION;
                }
                if (type.equals("HashMap") || type.equals("LinkedHashMap") || type.equals("TreeMap")) {
                    holder(c.top()).ifPresent(p -> {
                        if (p instanceof VariableDeclarator v) headerVars.add(v.getNameAsString());
                    });
                }
            }
            String rootText = c.root() instanceof NameExpr n ? n.getNameAsString()
                    : c.root() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
            boolean rootIsField = rootText != null && !locals.containsKey(rootText) && fieldNames.contains(rootText);
            if (rootText != null && localInits.containsKey(rootText) && localInits.get(rootText) instanceof ObjectCreationExpr o
                    && o.getType().getNameAsString().equals("HttpHeaders")) headerVars.add(rootText);
            int headersBefore = headers.size();
            Value urlBefore = url;
            Value baseBefore = baseUrl;
            for (int i = 0; i < c.calls().size(); i++) {
                MethodCallExpr m = c.calls().get(i);
                String name = m.getNameAsString();
                List<Expression> args = m.getArguments();
                String scopeText = m.getScope().map(JavaEvaluator::qualifiedText).orElse(null);
                if (name.equals("newBuilder") && m.getScope().orElse(null) instanceof MethodCallExpr r
                        && r.getNameAsString().equals("request") && r.getArguments().isEmpty()) {
                    api = HttpCall.Api.OKHTTP; // an OkHttp interceptor rebuilding the chain's request
                }
                if (i == 0 && scopeText != null) {
                    if (scopeText.endsWith("HttpRequest") && name.equals("newBuilder")) api = HttpCall.Api.JAVA_NET_HTTP;
                    if ((scopeText.endsWith("RestClient") || scopeText.endsWith("WebClient") || scopeText.endsWith("RestTemplateBuilder"))
                            && (name.equals("builder") || name.equals("create"))) {
                        api = HttpCall.Api.SPRING;
                        clientBuilder = true;
                    }
                }
                if (HEADER_CALLS.contains(name) && args.size() == 2) {
                    headers.add(header(args.get(0), args.get(1), scope, m));
                    requestish = true;
                } else if (name.equals("headers") && args.size() >= 2 && args.size() % 2 == 0) {
                    for (int k = 0; k + 1 < args.size(); k += 2) headers.add(header(args.get(k), args.get(k + 1), scope, m));
                    requestish = true;
                } else if ((name.equals("set") || name.equals("add") || name.equals("put")) && args.size() == 2
                        && m.getScope().isPresent() && isHeaderReceiver(m.getScope().get(), headerVars)) {
                    Header h = header(args.get(0), args.get(1), scope, m);
                    if (!name.equals("put") || looksLikeHeader(h)) headers.add(h);
                } else if (name.equals("setBearerAuth") && args.size() == 1) {
                    Location l = callLoc(m);
                    headers.add(new Header("Authorization", Value.concat(new Value.Literal("Bearer ", l), eval.eval(args.get(0), scope), l), l));
                    requestish = true;
                } else if (name.equals("setBasicAuth") && !args.isEmpty()) {
                    Location l = callLoc(m);
                    headers.add(new Header("Authorization", new Value.Literal("Basic <credentials>", l), l));
                } else if ((name.equals("headers") || name.equals("setHeaders") || name.equals("defaultHeaders")) && args.size() == 1) {
                    if (!visibleHeaderSource(args.get(0), localInits)) complete = false;
                } else if (name.equals("of") && ("Map".equals(scopeText) || "Headers".equals(scopeText) || "okhttp3.Headers".equals(scopeText))
                        && args.size() >= 2 && args.size() % 2 == 0) {
                    List<Header> pairs = new ArrayList<>();
                    for (int k = 0; k + 1 < args.size(); k += 2) pairs.add(header(args.get(k), args.get(k + 1), scope, m));
                    if (pairs.stream().anyMatch(RequestFinder::looksLikeHeader)) headers.addAll(pairs);
                } else if (URL_CALLS.contains(name) && !args.isEmpty()) {
                    if (name.equals("newBuilder") && !(scopeText != null && scopeText.endsWith("HttpRequest"))) continue;
                    Value v = eval.eval(args.get(0), scope);
                    if (name.equals("baseUrl")) baseUrl = v;
                    else if (url == null || isRelative(url)) url = v;
                    if (at == null || !name.equals("baseUrl")) at = callLoc(m);
                    requestish = true;
                } else if (("post".equals(name) || "create".equals(name) || "Post".equals(name)) && args.size() == 1 && i == 0
                        && scopeText != null && STATIC_URL_FACTORIES.stream().anyMatch(scopeText::endsWith)) {
                    Value v = eval.eval(args.get(0), scope);
                    if (scopeText.endsWith("RestClient") || scopeText.endsWith("WebClient")) baseUrl = v;
                    else url = v;
                    at = callLoc(m);
                    requestish = true;
                } else if (name.equals("openConnection")) {
                    requestish = true;
                    api = HttpCall.Api.URL_CONNECTION;
                    if (url == null && m.getScope().isPresent()) {
                        Value v = eval.eval(m.getScope().get(), scope);
                        if (!(v instanceof Value.Unknown)) url = v;
                        at = callLoc(m);
                    }
                } else if (!SENDING_CALLS.contains(name) && m.getScope().isEmpty() && args.stream().anyMatch(a ->
                        a instanceof NameExpr n && locals.containsKey(n.getNameAsString()) && !(locals.get(n.getNameAsString()) instanceof Value.Literal))) {
                    complete = false; // handed to a helper of ours that may add headers
                } else if (name.equals("addInterceptor") || name.equals("addNetworkInterceptor") || name.equals("interceptors")
                        || name.equals("requestInterceptor") || name.equals("filter") || name.equals("defaultHeaders")
                        || name.equals("requestInitializer")) {
                    complete = false;
                }
            }
            // a chain that builds the request on a client held in a field (restClient.post().uri(..).header(..))
            boolean templateCall = c.calls().stream().anyMatch(m -> TEMPLATE_CALLS.contains(m.getNameAsString()));
            boolean buildsHere = !templateCall && (headers.size() > headersBefore || url != urlBefore || baseUrl != baseBefore);
            if (rootIsField && buildsHere) {
                FieldClient fc = fieldClients.get(rootText);
                if (fc == null) complete = false;
                else {
                    if (url != null && isRelative(url) && fc.baseUrl() != null) url = Value.concat(fc.baseUrl(), url, url.location());
                    else if (url == null && fc.baseUrl() != null) url = fc.baseUrl();
                    headers.addAll(0, fc.headers());
                    complete &= fc.complete();
                }
            }
            if (c.root() instanceof MethodCallExpr first && first.getScope().isPresent()
                    && !(first.getScope().get() instanceof NameExpr) && requestish && !(c.root() instanceof ObjectCreationExpr)) {
                // a request started on the result of some other call: its defaults are not visible
                String s = JavaEvaluator.qualifiedText(first.getScope().get());
                if (s == null) complete = false;
            }
            if (holder(c.top()).orElse(null) instanceof AssignExpr a) {
                String f = assignedField(a, fieldNames);
                if (f != null) assignedField = f;
            }
        }
        if (!requestish && headers.isEmpty()) return;
        if (clientBuilder && url == null) {
            // a client's defaults: base URL and default headers
            FieldClient fc = new FieldClient(baseUrl, headers, complete);
            if (assignedField != null) fieldClients.put(assignedField, fc);
            group.stream().map(Chain::top).map(Node::getParentNode).flatMap(Optional::stream)
                    .filter(p -> p instanceof VariableDeclarator && p.getParentNode().orElse(null) instanceof FieldDeclaration)
                    .map(p -> ((VariableDeclarator) p).getNameAsString()).findFirst().ifPresent(f -> fieldClients.put(f, fc));
            Location l = baseUrl != null ? baseUrl.location() : eval.loc(group.get(0).top());
            sink.call(new HttpCall(baseUrl == null ? new Value.Unknown("", l) : baseUrl, headers, false, api, true, l));
            return;
        }
        if (url == null && baseUrl != null) url = baseUrl;
        if (url == null) {
            if (headers.isEmpty()) return;
            // headers with no URL in sight: an interceptor or shared header set
            Location l = headers.get(0).location();
            String addedBy = scope.className().substring(scope.className().lastIndexOf('.') + 1);
            sink.call(new HttpCall(new Value.Unknown("", l), headers, false, api, true, l, null, addedBy.isEmpty() ? null : addedBy));
            return;
        }
        if (baseUrl != null && url != baseUrl && isRelative(url)) url = Value.concat(baseUrl, url, url.location());
        sink.call(new HttpCall(url, headers, complete, api, false, at == null ? url.location() : at, sentVia, null));
    }

    private static final Set<String> INTERCEPTOR_CALLS = Set.of("addInterceptor", "addNetworkInterceptor");

    /**
     * OkHttp {@code HttpLoggingInterceptor}s held in local variables that log request headers ({@code setLevel(HEADERS)}
     * or {@code BODY}) with {@code x-api-key} not redacted: variable name to where the level is set.
     */
    private Map<String, Location> headerLoggers(Node body, Map<String, Expression> localInits) {
        Map<String, Location> out = new HashMap<>();
        Set<String> redacted = new HashSet<>();
        for (MethodCallExpr m : body.findAll(MethodCallExpr.class)) {
            Optional<Expression> recv = m.getScope();
            String var = recv.orElse(null) instanceof NameExpr n && localInits.get(n.getNameAsString()) instanceof ObjectCreationExpr o
                    && o.getType().getNameAsString().equals("HttpLoggingInterceptor") ? n.getNameAsString() : null;
            if (var == null || m.getArguments().size() != 1) continue;
            String arg = m.getArgument(0).toString();
            if (m.getNameAsString().equals("setLevel") && (arg.endsWith("HEADERS") || arg.endsWith("BODY"))) out.put(var, callLoc(m));
            if (m.getNameAsString().equals("redactHeader") && m.getArgument(0) instanceof com.github.javaparser.ast.expr.StringLiteralExpr l
                    && l.asString().equalsIgnoreCase(AnthropicHeaders.API_KEY)) {
                redacted.add(var);
            }
        }
        out.keySet().removeAll(redacted);
        return out;
    }

    private static final Set<String> HEADER_GETTERS = Set.of("headers", "getHeaders", "allHeaders", "getAllHeaders");

    /**
     * A log call printing a whole header set — {@code request.headers()}, {@code request.getHeaders()}, or an
     * {@code HttpHeaders}/map variable — of a request that sets {@code x-api-key} prints the key with it.
     */
    private void printsHeaders(Chain c, List<Chain> chains, UnionFind groups, Map<String, Expression> localInits,
                               JavaEvaluator.Scope scope) {
        if (c.calls().isEmpty()) return;
        MethodCallExpr m = c.calls().get(c.calls().size() - 1);
        if (!LOG_METHODS.contains(m.getNameAsString()) || m.getScope().isEmpty()) return;
        List<Expression> printed = new ArrayList<>();
        m.getArguments().forEach(a -> concatenated(a, printed));
        for (Expression arg : printed) {
            String var = null;
            if (arg instanceof MethodCallExpr g && HEADER_GETTERS.contains(g.getNameAsString()) && g.getArguments().isEmpty()
                    && g.getScope().orElse(null) instanceof NameExpr n) {
                var = n.getNameAsString();
            } else if (arg instanceof NameExpr n && localInits.get(n.getNameAsString()) instanceof ObjectCreationExpr o
                    && Set.of("HttpHeaders", "HashMap", "LinkedHashMap", "TreeMap").contains(o.getType().getNameAsString())) {
                var = n.getNameAsString();
            }
            if (var == null) continue;
            Object group = groups.find("var:" + var);
            List<Value> keys = new ArrayList<>();
            for (Chain other : chains) {
                if (other == c || groups.find(other) != group) continue;
                for (MethodCallExpr call : other.calls()) {
                    List<Expression> args = call.getArguments();
                    boolean setter = HEADER_CALLS.contains(call.getNameAsString()) || Set.of("set", "add", "put").contains(call.getNameAsString());
                    if (!setter || args.size() != 2) continue;
                    Header h = header(args.get(0), args.get(1), scope, call);
                    if (h.is(AnthropicHeaders.API_KEY)) keys.add(h.value());
                }
            }
            if (!keys.isEmpty()) {
                sink.log(LogCall.allHeaders(keys, eval.loc(m)));
                return;
            }
        }
    }

    /** The pieces of a string concatenation ({@code "headers: " + headers}), or the expression itself. */
    private static void concatenated(Expression e, List<Expression> out) {
        if (e instanceof com.github.javaparser.ast.expr.BinaryExpr b && b.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS) {
            concatenated(b.getLeft(), out);
            concatenated(b.getRight(), out);
        } else {
            out.add(e);
        }
    }

    /** A client built with a header-logging interceptor and a header interceptor adding {@code x-api-key} logs the key. */
    private void logsHeaders(List<Chain> group, Map<String, Location> headerLoggers, JavaEvaluator.Scope scope) {
        if (headerLoggers.isEmpty()) return;
        Location logger = null;
        List<Value> keys = new ArrayList<>();
        for (Chain c : group) {
            for (MethodCallExpr m : c.calls()) {
                String name = m.getNameAsString();
                List<Expression> args = m.getArguments();
                if (INTERCEPTOR_CALLS.contains(name) && args.size() == 1 && args.get(0) instanceof NameExpr n
                        && headerLoggers.containsKey(n.getNameAsString())) {
                    logger = headerLoggers.get(n.getNameAsString());
                } else if (HEADER_CALLS.contains(name) && args.size() == 2) {
                    Header h = header(args.get(0), args.get(1), scope, m);
                    if (h.is(AnthropicHeaders.API_KEY)) keys.add(h.value());
                }
            }
        }
        if (logger != null && !keys.isEmpty()) sink.log(LogCall.allHeaders(keys, logger));
    }

    /**
     * The interceptor classes of an OkHttp client a chain builds ({@code new OkHttpClient()}, {@code new
     * OkHttpClient.Builder()...build()}), or empty when the chain builds none or adds one whose class is not in sight
     * (a lambda, a parameter, a factory call, another client's {@code newBuilder()}).
     */
    private static Optional<List<String>> okHttpInterceptors(Expression built, Map<String, Expression> localInits) {
        List<MethodCallExpr> calls = new ArrayList<>();
        Expression root = built;
        while (root instanceof MethodCallExpr m && m.getScope().isPresent()) {
            calls.add(0, m);
            root = m.getScope().get();
        }
        if (!(root instanceof ObjectCreationExpr o) || o.getAnonymousClassBody().isPresent()) return Optional.empty();
        String type = o.getType().asString();
        if (!(type.equals("OkHttpClient") || type.equals("okhttp3.OkHttpClient") || type.endsWith("OkHttpClient.Builder"))) {
            return Optional.empty();
        }
        if (type.endsWith("Builder") && calls.stream().noneMatch(m -> m.getNameAsString().equals("build"))) return Optional.empty();
        List<String> out = new ArrayList<>();
        for (MethodCallExpr m : calls) {
            String name = m.getNameAsString();
            if (name.equals("interceptors") || name.equals("networkInterceptors")) return Optional.empty();
            if (!INTERCEPTOR_CALLS.contains(name) || m.getArguments().size() != 1) continue;
            Expression arg = m.getArgument(0);
            if (arg instanceof NameExpr n && localInits.get(n.getNameAsString()) instanceof ObjectCreationExpr init) arg = init;
            if (!(arg instanceof ObjectCreationExpr created) || created.getAnonymousClassBody().isPresent()) return Optional.empty();
            out.add(created.getType().getNameAsString());
        }
        return Optional.of(out);
    }

    /** The interceptors of the client a group's request is sent with ({@code client.newCall(request)}), when built in sight. */
    private static List<String> sentVia(List<Chain> group, Map<String, List<String>> senders, Map<String, List<String>> fieldSenders,
                                        Map<String, Value> locals) {
        for (Chain c : group) {
            for (MethodCallExpr m : c.calls()) {
                if (!m.getNameAsString().equals("newCall") || m.getScope().isEmpty()) continue;
                Expression recv = m.getScope().get();
                if (recv instanceof NameExpr n) {
                    String name = n.getNameAsString();
                    if (senders.containsKey(name)) return senders.get(name);
                    if (!locals.containsKey(name) && fieldSenders.containsKey(name)) return fieldSenders.get(name);
                } else if (recv instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && fieldSenders.containsKey(f.getNameAsString())) {
                    return fieldSenders.get(f.getNameAsString());
                }
                return null;
            }
        }
        return null;
    }

    /** From the method name to the closing parenthesis: where a chained call is written, not where its chain starts. */
    private Location callLoc(MethodCallExpr m) {
        Location whole = eval.loc(m);
        Location name = eval.loc(m.getName());
        return new Location(whole.path(), name.line(), name.column(), whole.endLine(), whole.endColumn());
    }

    /** {@code headers} (a known header set or map) or {@code request.getHeaders()} (an interceptor's request). */
    private static boolean isHeaderReceiver(Expression scope, Set<String> headerVars) {
        if (scope instanceof NameExpr n) return headerVars.contains(n.getNameAsString());
        return scope instanceof MethodCallExpr m && m.getArguments().isEmpty()
                && (m.getNameAsString().equals("getHeaders") || m.getNameAsString().equals("headers"));
    }

    /** An argument of {@code headers(x)} whose content this group sees: a lambda, a factory call, or a local map built here. */
    private static boolean visibleHeaderSource(Expression arg, Map<String, Expression> localInits) {
        if (arg instanceof LambdaExpr || arg instanceof MethodCallExpr || arg instanceof ObjectCreationExpr) return true;
        if (arg instanceof NameExpr n) {
            Expression init = localInits.get(n.getNameAsString());
            return init instanceof ObjectCreationExpr || init instanceof MethodCallExpr;
        }
        return false;
    }

    private Header header(Expression name, Expression value, JavaEvaluator.Scope scope, MethodCallExpr at) {
        Value n = eval.eval(name, scope);
        if (n instanceof Value.Symbol s) {
            // Spring's and Guava's HttpHeaders constants
            String simple = s.name().substring(s.name().lastIndexOf('.') + 1);
            if (simple.equals("AUTHORIZATION")) n = new Value.Literal("Authorization", n.location());
            else if (simple.equals("CONTENT_TYPE")) n = new Value.Literal("Content-Type", n.location());
        }
        return new Header(n, eval.eval(value, scope), callLoc(at));
    }

    private static boolean looksLikeHeader(Header h) {
        String n = h.nameText().toLowerCase(Locale.ROOT);
        return n.equals(AnthropicHeaders.API_KEY) || n.startsWith(AnthropicHeaders.PREFIX) || n.equals("authorization") || n.equals("content-type")
                || n.equals("api-key") || n.equals("apikey");
    }

    private static boolean isRelative(Value url) {
        String p = url.knownPrefix();
        return p.startsWith("/") || (!p.isEmpty() && !p.contains("://") && !(url instanceof Value.Concat));
    }

    // ---------------------------------------------------------------- SDK clients

    private void client(List<Chain> group, JavaEvaluator.Scope scope) {
        for (Chain c : group) {
            ClientConfig.Sdk sdk = null;
            for (MethodCallExpr m : c.calls()) {
                String s = m.getScope().map(JavaEvaluator::qualifiedText).orElse("");
                String simple = s.substring(s.lastIndexOf('.') + 1);
                if ((m.getNameAsString().equals("builder") || m.getNameAsString().equals("fromEnv"))
                        && (simple.startsWith("Anthropic") || simple.startsWith("Claude"))) {
                    sdk = sdkName(simple);
                    break;
                }
            }
            if (c.root() instanceof ObjectCreationExpr o && o.getType().getNameAsString().startsWith("Anthropic")) {
                sdk = sdkName(o.getType().getNameAsString());
            }
            if (sdk == null) continue;
            Map<String, Value> options = new LinkedHashMap<>();
            for (MethodCallExpr m : c.calls()) {
                if (m.getNameAsString().equals(ClientConfig.Option.FROM_ENV.key())) options.put(ClientConfig.Option.FROM_ENV.key(), new Value.Literal("true", eval.loc(m)));
                else if (m.getArguments().size() == 1) options.put(m.getNameAsString(), eval.eval(m.getArgument(0), scope));
            }
            if (c.root() instanceof ObjectCreationExpr o && !o.getArguments().isEmpty()) {
                options.put(ClientConfig.Option.API_KEY.key(), eval.eval(o.getArgument(0), scope));
            }
            sink.client(new ClientConfig(sdk, options, eval.loc(c.top())));
        }
    }

    private static ClientConfig.Sdk sdkName(String type) {
        if (type.startsWith("AnthropicOkHttpClient") || type.equals("AnthropicClient") || type.startsWith("AnthropicBackend")) {
            return ClientConfig.Sdk.ANTHROPIC_JAVA;
        }
        if (type.endsWith("ChatModel") || type.endsWith("StreamingChatModel") || type.endsWith("LanguageModel")) return ClientConfig.Sdk.LANGCHAIN4J;
        if (type.equals("AnthropicApi")) return ClientConfig.Sdk.SPRING_AI;
        return ClientConfig.Sdk.ANTHROPIC_JAVA;
    }

    // ---------------------------------------------------------------- logging

    private void log(Chain c, JavaEvaluator.Scope scope) {
        if (c.calls().isEmpty()) return;
        MethodCallExpr m = c.calls().get(c.calls().size() - 1);
        if (!LOG_METHODS.contains(m.getNameAsString()) || m.getScope().isEmpty()) return;
        String recv = JavaEvaluator.qualifiedText(m.getScope().get());
        if (recv == null && m.getScope().get() instanceof MethodCallExpr inner) {
            // SLF4J fluent API: log.atInfo().log(...)
            recv = inner.getScope().map(JavaEvaluator::qualifiedText).orElse(null);
        }
        if (recv == null) return;
        String r = recv.toLowerCase(Locale.ROOT);
        boolean console = r.equals("system.out") || r.equals("system.err");
        boolean logger = r.endsWith("log") || r.endsWith("logger") || r.equals("log") || r.endsWith("logging");
        if (!console && !logger) return;
        List<Value> args = new ArrayList<>();
        for (Expression a : m.getArguments()) args.add(eval.eval(a, scope));
        sink.log(new LogCall(console ? recv : "logger", args, eval.loc(m)));
    }

    /** Groups chains that share variables. */
    private static final class UnionFind {
        private final Map<Object, Object> parent = new HashMap<>();
        private final List<Chain> chains = new ArrayList<>();

        void add(Chain c) {
            chains.add(c);
            parent.putIfAbsent(c, c);
        }

        Object find(Object x) {
            parent.putIfAbsent(x, x);
            Object p = parent.get(x);
            if (p == x) return x;
            Object r = find(p);
            parent.put(x, r);
            return r;
        }

        void union(Object a, Object b) {
            Object ra = find(a);
            Object rb = find(b);
            if (ra != rb) parent.put(ra, rb);
        }

        List<List<Chain>> groups() {
            Map<Object, List<Chain>> out = new LinkedHashMap<>();
            for (Chain c : chains) out.computeIfAbsent(find(c), k -> new ArrayList<>()).add(c);
            return new ArrayList<>(out.values());
        }
    }
}
