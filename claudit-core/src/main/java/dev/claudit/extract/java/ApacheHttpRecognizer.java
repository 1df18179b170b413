package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.claudit.facts.HttpCall;

import java.util.List;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/**
 * Apache HttpClient, classic 4.x and 5.x: {@code new HttpPost(url)} with {@code addHeader}/{@code setHeader}, 5.x's
 * {@code ClassicRequestBuilder.post(url)} and {@code SimpleRequestBuilder.post(url)}, and the fluent
 * {@code Request.post(url)} ({@code Request.Post(url)} in 4.x).
 */
final class ApacheHttpRecognizer implements HttpClientRecognizer {

    private static final Set<String> HEADER_SETTERS = Set.of("addHeader", "setHeader");
    private static final Set<String> REQUESTS = Set.of("HttpPost", "HttpGet", "HttpPut", "HttpPatch", "HttpDelete",
            "HttpUriRequestBase");

    @Override
    public void created(ObjectCreationExpr o, Expression top, RequestDraft request) {
        if (REQUESTS.contains(o.getType().getNameAsString()) && !o.getArguments().isEmpty()) {
            request.createdWithUrl(o);
            request.api(HttpCall.Api.APACHE);
        }
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call(HEADER_SETTERS).args(2), RequestDraft::setsHeader),
                when(call("setHeaders").args(1), RequestDraft::takesHeaderSet),
                // any *Request.post(url) factory reads the same way as the fluent API's
                when(call("post", "create", "Post").args(1).firstInChain()
                        .onTypeEnding("ClassicRequestBuilder", "SimpleRequestBuilder", "Request"), RequestDraft::factoryUrl));
    }

    @Override
    public Set<String> headerSetters() {
        return HEADER_SETTERS;
    }

    @Override
    public Set<String> sendingCalls() {
        return Set.of("execute", "executeOpen", "setEntity");
    }
}
