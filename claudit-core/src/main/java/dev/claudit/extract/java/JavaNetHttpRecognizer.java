package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;

import java.util.List;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/**
 * The JDK's {@code java.net.http}: {@code HttpRequest.newBuilder(uri).header(name, value).headers(n1, v1, n2, v2)},
 * sent with {@code HttpClient.send}.
 */
final class JavaNetHttpRecognizer implements HttpClientRecognizer {

    private static final Set<String> HEADER_SETTERS = Set.of("header", "setHeader");

    @Override
    public List<CallRule> marks() {
        return List.of(when(call("newBuilder").firstInChain().onTypeEnding("HttpRequest"), (r, s) -> r.api(HttpCall.Api.JAVA_NET_HTTP)));
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call(HEADER_SETTERS).args(2), RequestDraft::setsHeader),
                when(call("headers").pairedArgs(), RequestDraft::setsHeaderPairs),
                when(call("uri").atLeastArgs(1), RequestDraft::setsUrl),
                when(call("newBuilder").atLeastArgs(1).onTypeEnding("HttpRequest"), RequestDraft::setsUrl),
                // newBuilder(x) of anything else copies a client or request: no URL, and no helper adding headers
                when(call("newBuilder").atLeastArgs(1), (r, s) -> { }));
    }

    @Override
    public Set<String> headerSetters() {
        return HEADER_SETTERS;
    }

    @Override
    public Set<String> sendingCalls() {
        return Set.of("send", "sendAsync");
    }
}
