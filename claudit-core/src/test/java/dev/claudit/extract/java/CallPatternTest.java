package dev.claudit.extract.java;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.CallPattern.call;
import static org.assertj.core.api.Assertions.assertThat;

/** The shared method-signature matcher: names, argument shape, receiver as written, place in the chain. */
class CallPatternTest {

    /** The outermost call of an expression, at its place in the chain. */
    private static CallSite site(String expression, int index) {
        return CallSite.of((MethodCallExpr) StaticJavaParser.parseExpression(expression), index);
    }

    @Test
    void matchesNamesAndArgumentCounts() {
        CallPattern header = call("header", "addHeader").args(2);

        assertThat(header).accepts(site("b.header(\"x-api-key\", key)", 1), site("b.addHeader(n, v)", 1));
        assertThat(header).rejects(site("b.header(\"x-api-key\")", 1), site("b.setHeader(n, v)", 1));
        assertThat(call("uri").atLeastArgs(1)).accepts(site("b.uri(u)", 1)).rejects(site("b.uri()", 1));
        assertThat(call("headers").pairedArgs()).accepts(site("b.headers(a, b, c, d)", 1))
                .rejects(site("b.headers(a, b, c)", 1), site("b.headers()", 1));
    }

    @Test
    void matchesTheReceiverAsWritten() {
        CallPattern exact = call("of").on("Headers", "okhttp3.Headers");
        assertThat(exact).accepts(site("Headers.of(a, b)", 0), site("okhttp3.Headers.of(a, b)", 0))
                .rejects(site("HttpHeaders.of(a, b)", 0), site("of(a, b)", 0), site("make().of(a, b)", 0));

        CallPattern suffix = call("newBuilder").onTypeEnding("HttpRequest");
        assertThat(suffix).accepts(site("HttpRequest.newBuilder()", 0), site("java.net.http.HttpRequest.newBuilder()", 0))
                .rejects(site("HttpClient.newBuilder()", 0), site("request().newBuilder()", 0));
    }

    @Test
    void matchesThePlaceInTheChain() {
        CallPattern factory = call("post").args(1).firstInChain().onTypeEnding("RequestEntity");

        assertThat(factory).accepts(site("RequestEntity.post(u)", 0)).rejects(site("RequestEntity.post(u)", 2));
        assertThat(call("build").where(s -> s.scope().isEmpty())).accepts(site("build()", 0)).rejects(site("x.build()", 0));
    }
}
