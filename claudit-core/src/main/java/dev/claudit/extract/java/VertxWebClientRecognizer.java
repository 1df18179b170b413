package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.claudit.facts.HttpCall;

import java.util.List;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/**
 * Vert.x's {@code WebClient}, as Quarkus and Vert.x applications call an HTTP API:
 * {@code client.postAbs(url).putHeader(name, value).sendJson(body)}, {@code requestAbs(HttpMethod.POST, url)},
 * {@code bearerTokenAuthentication(token)}, and {@code putHeaders(headers)} with a {@code MultiMap} built in sight
 * ({@code MultiMap.caseInsensitiveMultiMap()}, {@code HttpHeaders.headers()}).
 * Requests given a port, host and path ({@code post(443, host, path)}) are not read: their URL is not written whole.
 */
final class VertxWebClientRecognizer implements HttpClientRecognizer {

    private static final Set<String> HEADER_SETTERS = Set.of("putHeader");
    /** The calls that start a request on an absolute URL, their one argument. */
    private static final Set<String> ABSOLUTE = Set.of("postAbs", "getAbs", "putAbs", "patchAbs", "deleteAbs", "headAbs");
    /** The static factories of a header {@code MultiMap}. */
    private static final CallPattern NEW_MULTI_MAP = call("caseInsensitiveMultiMap").args(0).onTypeEnding("MultiMap");
    private static final CallPattern NEW_HEADERS = call("headers").args(0).onTypeEnding("HttpHeaders");

    @Override
    public void onLocal(String var, Expression init, RequestDraft request) {
        if (init instanceof MethodCallExpr m && (NEW_MULTI_MAP.test(CallSite.of(m, 0)) || NEW_HEADERS.test(CallSite.of(m, 0)))) {
            request.headerVars.add(var);
        }
    }

    @Override
    public List<CallRule> marks() {
        return List.of(
                when(call(ABSOLUTE).args(1), (r, s) -> r.api(HttpCall.Api.VERTX)),
                when(call("requestAbs").atLeastArgs(2), (r, s) -> r.api(HttpCall.Api.VERTX)));
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call(HEADER_SETTERS).args(2), RequestDraft::setsHeader),
                when(call("putHeaders").args(1), RequestDraft::takesHeaderSet),
                when(call(ABSOLUTE).args(1), RequestDraft::setsUrl),
                when(call("requestAbs").atLeastArgs(2), VertxWebClientRecognizer::requestAbs),
                when(call("bearerTokenAuthentication").args(1), RequestDraft::setsBearerAuth),
                when(call("basicAuthentication").args(2), RequestDraft::setsBasicAuth));
    }

    /** {@code requestAbs(HttpMethod.POST, url)}: the URL is the second argument. */
    private static void requestAbs(RequestDraft request, CallSite s) {
        if (request.url == null || RequestDraft.isRelative(request.url)) request.url = request.eval(s.arg(1));
        request.at = request.callLoc(s.call());
        request.requestish = true;
    }

    @Override
    public Set<String> headerSetters() {
        return HEADER_SETTERS;
    }

    @Override
    public Set<String> sendingCalls() {
        return Set.of("send", "sendBuffer", "sendJson", "sendJsonObject", "sendForm", "sendMultipartForm", "sendStream");
    }
}
