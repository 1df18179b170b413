package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Value;

import java.util.List;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/** The JDK's {@code HttpURLConnection}: {@code new URL(u).openConnection()} with {@code setRequestProperty(name, value)}. */
final class UrlConnectionRecognizer implements HttpClientRecognizer {

    private static final Set<String> HEADER_SETTERS = Set.of("setRequestProperty", "addRequestProperty");

    @Override
    public void created(ObjectCreationExpr o, Expression top, RequestDraft request) {
        if (o.getType().getNameAsString().equals("URL") && !o.getArguments().isEmpty()) {
            request.createdWithUrl(o);
            request.api(HttpCall.Api.URL_CONNECTION);
        }
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call(HEADER_SETTERS).args(2), RequestDraft::setsHeader),
                when(call("openConnection"), UrlConnectionRecognizer::opensConnection));
    }

    /** {@code url.openConnection()}: a request to the URL the receiver holds, when no other URL is known. */
    private static void opensConnection(RequestDraft request, CallSite s) {
        request.requestish = true;
        request.api(HttpCall.Api.URL_CONNECTION);
        if (request.url == null && s.scope().isPresent()) {
            Value v = request.eval(s.scope().get());
            if (!(v instanceof Value.Unknown)) request.url = v;
            request.at = request.callLoc(s.call());
        }
    }

    @Override
    public Set<String> headerSetters() {
        return HEADER_SETTERS;
    }

    @Override
    public Set<String> sendingCalls() {
        return Set.of("getOutputStream", "getInputStream", "getResponseCode", "connect", "setDoOutput", "setRequestMethod");
    }
}
