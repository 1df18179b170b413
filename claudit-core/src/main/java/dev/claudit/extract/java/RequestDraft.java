package dev.claudit.extract.java;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request a group of chains builds, as the client-library recognizers read it call by call: its URL or base URL,
 * its headers, which library builds it, and whether all its headers are in sight. {@link RequestFinder} turns it into
 * an {@link dev.claudit.facts.HttpCall} once the whole group is read.
 */
final class RequestDraft {

    private final JavaEvaluator eval;
    private final JavaEvaluator.Scope scope;
    private final Map<String, Expression> localInits;

    Value url;
    Value baseUrl;
    /** Where the request is written: its URL's call or constructor. */
    Location at;
    final List<Header> headers = new ArrayList<>();
    /** False once a header source out of sight (an interceptor, a helper, a header set from elsewhere) may add headers. */
    boolean complete = true;
    /** Something in the group builds a request, even if no header or URL of it is read. */
    boolean requestish;
    /** The group builds a client (its base URL and default headers), not one request. */
    boolean clientBuilder;
    HttpCall.Api api = HttpCall.Api.UNKNOWN;
    /** Variables that hold a header set or map: {@code set}/{@code add}/{@code put} on them set headers. */
    final Set<String> headerVars = new HashSet<>();

    RequestDraft(JavaEvaluator eval, JavaEvaluator.Scope scope, Map<String, Expression> localInits) {
        this.eval = eval;
        this.scope = scope;
        this.localInits = localInits;
    }

    Value eval(Expression e) {
        return eval.eval(e, scope);
    }

    Location loc(com.github.javaparser.ast.Node n) {
        return eval.loc(n);
    }

    Location callLoc(MethodCallExpr m) {
        return eval.callLoc(m);
    }

    /** The library that builds the request; the last call that tells wins. */
    void api(HttpCall.Api api) {
        this.api = api;
    }

    /** A header the call sets. */
    Header header(Expression name, Expression value, MethodCallExpr at) {
        return header(eval, name, value, scope, at);
    }

    /** {@code header(name, value)}: a header of a request. */
    void setsHeader(CallSite s) {
        headers.add(header(s.arg(0), s.arg(1), s.call()));
        requestish = true;
    }

    /** {@code headers(name1, value1, name2, value2, ...)}: headers of a request. */
    void setsHeaderPairs(CallSite s) {
        List<Expression> args = s.args();
        for (int k = 0; k + 1 < args.size(); k += 2) headers.add(header(args.get(k), args.get(k + 1), s.call()));
        requestish = true;
    }

    /** {@code headers.set(name, value)} on a header set: a header, of a request that may be built elsewhere. */
    void addsToHeaderSet(CallSite s) {
        headers.add(header(s.arg(0), s.arg(1), s.call()));
    }

    /** {@code map.put(name, value)} on a map that may hold headers: a header when its name is known to be one. */
    void putsInHeaderMap(CallSite s) {
        Header h = header(s.arg(0), s.arg(1), s.call());
        if (looksLikeHeader(h)) headers.add(h);
    }

    /** The call's receiver holds a header set or map. */
    boolean onHeaderSet(CallSite s) {
        return s.scope().map(this::isHeaderReceiver).orElse(false);
    }

    /** {@code setBearerAuth(token)}: {@code Authorization: Bearer <token>}. */
    void setsBearerAuth(CallSite s) {
        Location l = callLoc(s.call());
        headers.add(new Header("Authorization", Value.concat(new Value.Literal("Bearer ", l), eval(s.arg(0)), l), l));
        requestish = true;
    }

    /** {@code setBasicAuth(user, password)}: {@code Authorization: Basic ...}, its credentials never read. */
    void setsBasicAuth(CallSite s) {
        Location l = callLoc(s.call());
        headers.add(new Header("Authorization", new Value.Literal("Basic <credentials>", l), l));
    }

    /** {@code Map.of(...)}-style pairs: headers only when one of them is known to be a header. */
    void mayBeHeaderPairs(CallSite s) {
        List<Expression> args = s.args();
        List<Header> pairs = new ArrayList<>();
        for (int k = 0; k + 1 < args.size(); k += 2) pairs.add(header(args.get(k), args.get(k + 1), s.call()));
        if (pairs.stream().anyMatch(RequestDraft::looksLikeHeader)) headers.addAll(pairs);
    }

    /** {@code headers(x)}: a whole header set, whose content is in sight only when built here. */
    void takesHeaderSet(CallSite s) {
        if (!visibleHeaderSource(s.arg(0))) complete = false;
    }

    /** A call through which headers may be added out of sight (an interceptor, a filter, a helper). */
    void incomplete(CallSite s) {
        complete = false;
    }

    /** {@code uri(u)}, {@code url(u)}, {@code baseUrl(u)}: the first argument is the (base) URL. */
    void setsUrl(CallSite s) {
        Value v = eval(s.arg(0));
        boolean base = s.name().equals("baseUrl");
        if (base) baseUrl = v;
        else if (url == null || isRelative(url)) url = v;
        if (at == null || !base) at = callLoc(s.call());
        requestish = true;
    }

    /** {@code ClassicRequestBuilder.post(url)}: a static factory whose one argument is the request's URL. */
    void factoryUrl(CallSite s) {
        url = eval(s.arg(0));
        at = callLoc(s.call());
        requestish = true;
    }

    /** {@code RestClient.create(baseUrl)}: a static factory whose one argument is a client's base URL. */
    void factoryBaseUrl(CallSite s) {
        baseUrl = eval(s.arg(0));
        at = callLoc(s.call());
        requestish = true;
    }

    /** {@code new HttpPost(url)}, {@code new URL(u)}: the constructor's first argument is the URL. */
    void createdWithUrl(ObjectCreationExpr o) {
        url = eval(o.getArgument(0));
        at = loc(o);
        requestish = true;
    }

    /** A {@code new} whose result is a header set or map: the variable it is stored in holds headers. */
    void holdsHeaders(Expression created) {
        RequestFinder.holder(created).ifPresent(p -> {
            if (p instanceof VariableDeclarator v) headerVars.add(v.getNameAsString());
        });
    }

    /** {@code headers} (a known header set or map) or {@code request.getHeaders()} (an interceptor's request). */
    private boolean isHeaderReceiver(Expression receiver) {
        if (receiver instanceof NameExpr n) return headerVars.contains(n.getNameAsString());
        return receiver instanceof MethodCallExpr m && m.getArguments().isEmpty()
                && (m.getNameAsString().equals("getHeaders") || m.getNameAsString().equals("headers"));
    }

    /** An argument of {@code headers(x)} whose content this group sees: a lambda, a factory call, or a local map built here. */
    private boolean visibleHeaderSource(Expression arg) {
        if (arg instanceof LambdaExpr || arg instanceof MethodCallExpr || arg instanceof ObjectCreationExpr) return true;
        if (arg instanceof NameExpr n) {
            Expression init = localInits.get(n.getNameAsString());
            return init instanceof ObjectCreationExpr || init instanceof MethodCallExpr;
        }
        return false;
    }

    static Header header(JavaEvaluator eval, Expression name, Expression value, JavaEvaluator.Scope scope, MethodCallExpr at) {
        Value n = eval.eval(name, scope);
        if (n instanceof Value.Symbol s) {
            // Spring's and Guava's HttpHeaders constants
            String simple = s.name().substring(s.name().lastIndexOf('.') + 1);
            if (simple.equals("AUTHORIZATION")) n = new Value.Literal("Authorization", n.location());
            else if (simple.equals("CONTENT_TYPE")) n = new Value.Literal("Content-Type", n.location());
        }
        return new Header(n, eval.eval(value, scope), eval.callLoc(at));
    }

    static boolean looksLikeHeader(Header h) {
        String n = h.nameText().toLowerCase(Locale.ROOT);
        return n.equals(AnthropicHeaders.API_KEY) || n.startsWith(AnthropicHeaders.PREFIX) || n.equals("authorization") || n.equals("content-type")
                || n.equals("api-key") || n.equals("apikey");
    }

    static boolean isRelative(Value url) {
        String p = url.knownPrefix();
        return p.startsWith("/") || (!p.isEmpty() && !p.contains("://") && !(url instanceof Value.Concat));
    }
}
