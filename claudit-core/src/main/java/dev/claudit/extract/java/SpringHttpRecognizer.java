package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.claudit.facts.HttpCall;

import java.util.List;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/**
 * Spring's HTTP clients: {@code RestTemplate} ({@code exchange(url, POST, new HttpEntity<>(body, headers), ...)}),
 * {@code RestClient} and {@code WebClient} (builders with a base URL and default headers, requests with
 * {@code uri}/{@code header}/{@code headers(h -> ...)}), {@code RequestEntity.post(url)}, and {@code HttpHeaders}
 * ({@code set}, {@code add}, {@code setBearerAuth}, {@code setBasicAuth}).
 */
final class SpringHttpRecognizer implements HttpClientRecognizer {

    private static final Set<String> HEADER_SETTERS = Set.of("header", "defaultHeader");
    /** RestTemplate's calls: the request (URL and HttpEntity headers) is all in the arguments. */
    private static final Set<String> TEMPLATE_CALLS = Set.of("postForEntity", "postForObject", "postForLocation",
            "exchange", "getForObject", "getForEntity");

    @Override
    public void created(ObjectCreationExpr o, Expression top, RequestDraft request) {
        if (o.getType().getNameAsString().equals("HttpHeaders")) {
            request.api(HttpCall.Api.SPRING);
            request.requestish = true;
            request.holdsHeaders(top);
        }
    }

    @Override
    public void onLocal(String var, Expression init, RequestDraft request) {
        if (init instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("HttpHeaders")) request.headerVars.add(var);
    }

    @Override
    public List<CallRule> marks() {
        return List.of(when(call("builder", "create").firstInChain().onTypeEnding("RestClient", "WebClient", "RestTemplateBuilder"),
                (r, s) -> {
                    r.api(HttpCall.Api.SPRING);
                    r.clientBuilder = true;
                }));
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call(HEADER_SETTERS).args(2), RequestDraft::setsHeader),
                when(call("set", "add").args(2), RequestDraft::onHeaderSet, RequestDraft::addsToHeaderSet),
                when(call("setBearerAuth").args(1), RequestDraft::setsBearerAuth),
                when(call("setBasicAuth").atLeastArgs(1), RequestDraft::setsBasicAuth),
                when(call("headers", "defaultHeaders").args(1), RequestDraft::takesHeaderSet),
                when(call("uri", "baseUrl").atLeastArgs(1), RequestDraft::setsUrl),
                when(call(TEMPLATE_CALLS).atLeastArgs(1), RequestDraft::setsUrl),
                when(call("post", "create", "Post").args(1).firstInChain().onTypeEnding("RequestEntity"), RequestDraft::factoryUrl),
                when(call("post", "create", "Post").args(1).firstInChain().onTypeEnding("RestClient", "WebClient"),
                        RequestDraft::factoryBaseUrl),
                when(call("filter", "requestInterceptor", "requestInitializer", "defaultHeaders"), RequestDraft::incomplete));
    }

    @Override
    public Set<String> headerSetters() {
        return HEADER_SETTERS;
    }

    @Override
    public Set<String> sendingCalls() {
        return Set.of("exchange", "postForEntity", "postForObject", "postForLocation", "getForObject", "getForEntity", "body",
                "bodyValue", "retrieve", "put", "headers", "defaultHeaders", "entity");
    }

    @Override
    public boolean takesWholeRequest(CallSite call) {
        return TEMPLATE_CALLS.contains(call.name());
    }
}
