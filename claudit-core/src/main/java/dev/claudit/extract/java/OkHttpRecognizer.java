package dev.claudit.extract.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/**
 * OkHttp: {@code new Request.Builder().url(u).header(name, value)}, {@code Headers.of(...)}, an interceptor rebuilding
 * its chain's request ({@code chain.request().newBuilder().header(...)}), and the interceptors a client is built with,
 * among them an {@code HttpLoggingInterceptor} that prints every header it sends.
 */
final class OkHttpRecognizer implements HttpClientRecognizer {

    private static final Set<String> HEADER_SETTERS = Set.of("header", "addHeader");
    static final Set<String> INTERCEPTOR_CALLS = Set.of("addInterceptor", "addNetworkInterceptor");

    @Override
    public void created(ObjectCreationExpr o, Expression top, RequestDraft request) {
        if (o.getType().asString().endsWith("Request.Builder")) {
            request.api(HttpCall.Api.OKHTTP);
            request.requestish = true;
        }
    }

    @Override
    public List<CallRule> marks() {
        // an interceptor rebuilding the chain's request: chain.request().newBuilder()
        return List.of(when(call("newBuilder").where(s -> s.scope().orElse(null) instanceof MethodCallExpr r
                && r.getNameAsString().equals("request") && r.getArguments().isEmpty()), (r, s) -> r.api(HttpCall.Api.OKHTTP)));
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call(HEADER_SETTERS).args(2), RequestDraft::setsHeader),
                when(call("of").pairedArgs().on("Headers", "okhttp3.Headers"), RequestDraft::mayBeHeaderPairs),
                when(call("headers").args(1), RequestDraft::takesHeaderSet),
                when(call("url").atLeastArgs(1), RequestDraft::setsUrl),
                when(call("addInterceptor", "addNetworkInterceptor", "interceptors"), RequestDraft::incomplete));
    }

    @Override
    public Set<String> headerSetters() {
        return HEADER_SETTERS;
    }

    @Override
    public Set<String> sendingCalls() {
        return Set.of("newCall", "enqueue");
    }

    /**
     * The interceptor classes of an OkHttp client a chain builds ({@code new OkHttpClient()}, {@code new
     * OkHttpClient.Builder()...build()}), or empty when the chain builds none or adds one whose class is not in sight
     * (a lambda, a parameter, a factory call, another client's {@code newBuilder()}).
     */
    static Optional<List<String>> interceptors(Expression built, Map<String, Expression> localInits) {
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

    /**
     * {@code HttpLoggingInterceptor}s held in local variables that log request headers ({@code setLevel(HEADERS)} or
     * {@code BODY}) with {@code x-api-key} not redacted: variable name to where the level is set.
     */
    static Map<String, Location> headerLoggers(Node body, Map<String, Expression> localInits, JavaEvaluator eval) {
        Map<String, Location> out = new HashMap<>();
        Set<String> redacted = new HashSet<>();
        for (MethodCallExpr m : eval.trees().all(body, MethodCallExpr.class)) {
            Optional<Expression> recv = m.getScope();
            String var = recv.orElse(null) instanceof NameExpr n && localInits.get(n.getNameAsString()) instanceof ObjectCreationExpr o
                    && o.getType().getNameAsString().equals("HttpLoggingInterceptor") ? n.getNameAsString() : null;
            if (var == null || m.getArguments().size() != 1) continue;
            String arg = m.getArgument(0).toString();
            if (m.getNameAsString().equals("setLevel") && (arg.endsWith("HEADERS") || arg.endsWith("BODY"))) out.put(var, eval.callLoc(m));
            if (m.getNameAsString().equals("redactHeader") && m.getArgument(0) instanceof StringLiteralExpr l
                    && l.asString().equalsIgnoreCase(AnthropicHeaders.API_KEY)) {
                redacted.add(var);
            }
        }
        out.keySet().removeAll(redacted);
        return out;
    }
}
