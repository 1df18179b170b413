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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds HTTP requests, SDK clients and log calls in Java bodies. A request is a group of expressions
 * joined by the variables they share — a builder, an {@code HttpHeaders}, an {@code HttpEntity}, a
 * connection — so headers set on one line and the URL given on another are judged together, whichever
 * client library builds them. What each library's constructors and calls mean is its {@link HttpClientRecognizer}'s
 * (java.net.http, OkHttp, Apache HttpClient, HttpURLConnection, Spring, plain header maps); which SDK an Anthropic
 * client belongs to is an {@link SdkClientRecognizer}'s. This class groups, follows clients held in fields, and reports.
 */
final class RequestFinder {

    /** Two-argument calls that set one header, in any library known. */
    private static final Set<String> HEADER_CALLS = HttpClientRecognizer.ALL.stream()
            .flatMap(r -> r.headerSetters().stream()).collect(Collectors.toUnmodifiableSet());
    /** Every rule that reads a call, in the order the recognizers list them. */
    private static final List<HttpClientRecognizer.CallRule> READS = HttpClientRecognizer.ALL.stream()
            .flatMap(r -> r.reads().stream()).toList();
    private static final List<HttpClientRecognizer.CallRule> MARKS = HttpClientRecognizer.ALL.stream()
            .flatMap(r -> r.marks().stream()).toList();
    /** Calls a request object may be handed to without its headers changing: a library's, or building, logging, serialising it. */
    private static final Set<String> SENDING_CALLS = Stream.concat(
            Stream.of("build", "submit", "copyOf", "of", "writeValueAsString", "toJson", "info", "debug", "println"),
            HttpClientRecognizer.ALL.stream().flatMap(r -> r.sendingCalls().stream())).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> LOG_METHODS = dev.claudit.facts.LogCall.JAVA_METHODS;

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
        for (TypeDeclaration<?> type : eval.trees().all(cu, TypeDeclaration.class)) {
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
        for (AssignExpr a : eval.trees().all(body, AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr n) assignments.merge(n.getNameAsString(), 1, Integer::sum);
        }
        Map<String, Expression> localInits = new HashMap<>();
        for (VariableDeclarator v : eval.trees().all(body, VariableDeclarator.class)) {
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
        for (LambdaExpr l : eval.trees().all(body, LambdaExpr.class)) {
            l.getParameters().forEach(p -> locals.putIfAbsent(p.getNameAsString(), new Value.Unknown(p.getNameAsString(), eval.loc(p))));
        }
        JavaEvaluator.Scope scope = new JavaEvaluator.Scope(className, locals);

        List<Chain> chains = chains(body);
        Map<Node, List<Chain>> chainsOfNode = chainsOfNode(chains);
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
            enclosingChain(c, chainsOfNode).ifPresent(outer -> groups.union(c, outer));
        }

        // OkHttp clients built here, by the variable or field that holds them: the interceptors they are built with
        // (a field also assigned something else holds a client not known)
        Map<String, List<String>> senders = new HashMap<>();
        if (initializedField != null && body instanceof Expression init) {
            OkHttpRecognizer.interceptors(init, localInits).ifPresent(i -> fieldSenders.put(initializedField, i));
        }
        for (VariableDeclarator v : eval.trees().all(body, VariableDeclarator.class)) {
            if (v.getParentNode().orElse(null) instanceof FieldDeclaration || v.getInitializer().isEmpty()) continue;
            OkHttpRecognizer.interceptors(v.getInitializer().get(), localInits).ifPresent(i -> senders.put(v.getNameAsString(), i));
        }
        for (AssignExpr a : eval.trees().all(body, AssignExpr.class)) {
            String field = assignedField(a, fieldNames);
            if (field != null && !locals.containsKey(field)) {
                List<String> built = OkHttpRecognizer.interceptors(a.getValue(), localInits).orElse(null);
                fieldSenders.put(field, fieldSenders.containsKey(field) && !Objects.equals(fieldSenders.get(field), built) ? null : built);
            } else if (a.getTarget() instanceof NameExpr n) {
                senders.put(n.getNameAsString(), null);
            }
        }
        Map<String, Location> headerLoggers = OkHttpRecognizer.headerLoggers(body, localInits, eval);
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
    static Optional<Node> holder(Expression e) {
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
    private List<Chain> chains(Node body) {
        List<Chain> out = new ArrayList<>();
        eval.trees().each(body, n -> {
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

    /**
     * The chains each root and call belongs to (by identity, in the order of {@code all}): looked up for each
     * ancestor of each chain, where going over every chain's calls was quadratic in a body's chains.
     */
    private static Map<Node, List<Chain>> chainsOfNode(List<Chain> all) {
        Map<Node, List<Chain>> out = new IdentityHashMap<>();
        for (Chain c : all) {
            belongs(out, c.root(), c);
            for (MethodCallExpr m : c.calls()) belongs(out, m, c);
        }
        return out;
    }

    private static void belongs(Map<Node, List<Chain>> chainsOfNode, Node n, Chain c) {
        List<Chain> list = chainsOfNode.computeIfAbsent(n, k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != c) list.add(c);
    }

    /** The first chain, other than {@code c}, whose root or call is the nearest such ancestor of {@code c}'s top. */
    private static Optional<Chain> enclosingChain(Chain c, Map<Node, List<Chain>> chainsOfNode) {
        Optional<Node> p = c.top().getParentNode();
        while (p.isPresent()) {
            Node n = p.get();
            for (Chain other : chainsOfNode.getOrDefault(n, List.of())) {
                if (other != c) return Optional.of(other);
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
        RequestDraft r = new RequestDraft(eval, scope, localInits);
        String assignedField = null;

        for (Chain c : group) {
            for (Expression arg : arguments(c)) {
                if (arg instanceof LambdaExpr l) l.getParameters().forEach(p -> r.headerVars.add(p.getNameAsString()));
            }
            if (c.root() instanceof ObjectCreationExpr o) HttpClientRecognizer.ALL.forEach(lib -> lib.created(o, c.top(), r));
            String rootText = c.root() instanceof NameExpr n ? n.getNameAsString()
                    : c.root() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
            boolean rootIsField = rootText != null && !locals.containsKey(rootText) && fieldNames.contains(rootText);
            if (rootText != null && localInits.get(rootText) != null) {
                HttpClientRecognizer.ALL.forEach(lib -> lib.onLocal(rootText, localInits.get(rootText), r));
            }
            int headersBefore = r.headers.size();
            Value urlBefore = r.url;
            Value baseBefore = r.baseUrl;
            boolean templateCall = false;
            for (int i = 0; i < c.calls().size(); i++) {
                CallSite call = CallSite.of(c.calls().get(i), i);
                for (HttpClientRecognizer.CallRule mark : MARKS) mark.apply(call, r);
                if (READS.stream().noneMatch(rule -> rule.apply(call, r)) && handedToHelper(call, locals)) r.complete = false;
                templateCall |= HttpClientRecognizer.ALL.stream().anyMatch(lib -> lib.takesWholeRequest(call));
            }
            // a chain that builds the request on a client held in a field (restClient.post().uri(..).header(..))
            boolean buildsHere = !templateCall && (r.headers.size() > headersBefore || r.url != urlBefore || r.baseUrl != baseBefore);
            if (rootIsField && buildsHere) {
                FieldClient fc = fieldClients.get(rootText);
                if (fc == null) r.complete = false;
                else {
                    if (r.url != null && RequestDraft.isRelative(r.url) && fc.baseUrl() != null) {
                        r.url = Value.concat(fc.baseUrl(), r.url, r.url.location());
                    } else if (r.url == null && fc.baseUrl() != null) {
                        r.url = fc.baseUrl();
                    }
                    r.headers.addAll(0, fc.headers());
                    r.complete &= fc.complete();
                }
            }
            if (c.root() instanceof MethodCallExpr first && first.getScope().isPresent()
                    && !(first.getScope().get() instanceof NameExpr) && r.requestish && !(c.root() instanceof ObjectCreationExpr)) {
                // a request started on the result of some other call: its defaults are not visible
                String s = JavaEvaluator.qualifiedText(first.getScope().get());
                if (s == null) r.complete = false;
            }
            if (holder(c.top()).orElse(null) instanceof AssignExpr a) {
                String f = assignedField(a, fieldNames);
                if (f != null) assignedField = f;
            }
        }
        emit(group, r, assignedField, fieldClients, scope, sentVia);
    }

    /** The request read: a client's defaults (kept for the requests made on its field), a header set, or a request. */
    private void emit(List<Chain> group, RequestDraft r, String assignedField, Map<String, FieldClient> fieldClients,
                      JavaEvaluator.Scope scope, List<String> sentVia) {
        if (!r.requestish && r.headers.isEmpty()) return;
        List<Header> headers = r.headers;
        Value url = r.url;
        Value baseUrl = r.baseUrl;
        if (r.clientBuilder && url == null) {
            // a client's defaults: base URL and default headers
            FieldClient fc = new FieldClient(baseUrl, headers, r.complete);
            if (assignedField != null) fieldClients.put(assignedField, fc);
            group.stream().map(Chain::top).map(Node::getParentNode).flatMap(Optional::stream)
                    .filter(p -> p instanceof VariableDeclarator && p.getParentNode().orElse(null) instanceof FieldDeclaration)
                    .map(p -> ((VariableDeclarator) p).getNameAsString()).findFirst().ifPresent(f -> fieldClients.put(f, fc));
            Location l = baseUrl != null ? baseUrl.location() : eval.loc(group.get(0).top());
            sink.call(new HttpCall(baseUrl == null ? new Value.Unknown("", l) : baseUrl, headers, false, r.api, true, l));
            return;
        }
        if (url == null && baseUrl != null) url = baseUrl;
        if (url == null) {
            if (headers.isEmpty()) return;
            // headers with no URL in sight: an interceptor or shared header set
            Location l = headers.get(0).location();
            String addedBy = scope.className().substring(scope.className().lastIndexOf('.') + 1);
            sink.call(new HttpCall(new Value.Unknown("", l), headers, false, r.api, true, l, null, addedBy.isEmpty() ? null : addedBy));
            return;
        }
        if (baseUrl != null && url != baseUrl && RequestDraft.isRelative(url)) url = Value.concat(baseUrl, url, url.location());
        sink.call(new HttpCall(url, headers, r.complete, r.api, false, r.at == null ? url.location() : r.at, sentVia, null));
    }

    /** A call of ours with no receiver, handed a local the request is built in: a helper that may add headers. */
    private static boolean handedToHelper(CallSite call, Map<String, Value> locals) {
        return !SENDING_CALLS.contains(call.name()) && call.scope().isEmpty() && call.args().stream().anyMatch(a ->
                a instanceof NameExpr n && locals.containsKey(n.getNameAsString()) && !(locals.get(n.getNameAsString()) instanceof Value.Literal));
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
                    Header h = RequestDraft.header(eval, args.get(0), args.get(1), scope, call);
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
                if (OkHttpRecognizer.INTERCEPTOR_CALLS.contains(name) && args.size() == 1 && args.get(0) instanceof NameExpr n
                        && headerLoggers.containsKey(n.getNameAsString())) {
                    logger = headerLoggers.get(n.getNameAsString());
                } else if (HEADER_CALLS.contains(name) && args.size() == 2) {
                    Header h = RequestDraft.header(eval, args.get(0), args.get(1), scope, m);
                    if (h.is(AnthropicHeaders.API_KEY)) keys.add(h.value());
                }
            }
        }
        if (logger != null && !keys.isEmpty()) sink.log(LogCall.allHeaders(keys, logger));
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

    // ---------------------------------------------------------------- SDK clients

    private void client(List<Chain> group, JavaEvaluator.Scope scope) {
        for (Chain c : group) {
            ClientConfig.Sdk sdk = null;
            for (MethodCallExpr m : c.calls()) {
                String s = m.getScope().map(JavaEvaluator::qualifiedText).orElse("");
                String simple = s.substring(s.lastIndexOf('.') + 1);
                if ((m.getNameAsString().equals("builder") || m.getNameAsString().equals("fromEnv"))
                        && (simple.startsWith("Anthropic") || simple.startsWith("Claude"))) {
                    sdk = SdkClientRecognizer.of(simple);
                    break;
                }
            }
            if (c.root() instanceof ObjectCreationExpr o && o.getType().getNameAsString().startsWith("Anthropic")) {
                sdk = SdkClientRecognizer.of(o.getType().getNameAsString());
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
