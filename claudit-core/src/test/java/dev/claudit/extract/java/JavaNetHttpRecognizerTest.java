package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.calls;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class JavaNetHttpRecognizerTest {

    @Test
    void readsARequestBuilder() {
        HttpCall call = call("""
                Object send(java.net.http.HttpClient client, String key, String body) throws Exception {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"))
                            .header("x-api-key", key)
                            .headers("anthropic-version", "2023-06-01", "content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.JAVA_NET_HTTP);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01, content-type: application/json");
        assertThat(call.headersComplete()).isTrue();
        assertThat(call.baseOnly()).isFalse();
    }

    @Test
    void readsTheUriAndSetHeaderOfABuilderStartedEmpty() {
        HttpCall call = call("""
                HttpRequest request(String key) {
                    return HttpRequest.newBuilder().uri(URI.create("https://api.anthropic.com/v1/messages"))
                            .setHeader("x-api-key", key).build();
                }
                """);

        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("x-api-key: <?>");
    }

    @Test
    void anOddHeaderListIsNotReadAsPairs() {
        HttpCall call = call("""
                HttpRequest request(String key) {
                    return HttpRequest.newBuilder().uri(URI.create("https://api.anthropic.com/v1/messages"))
                            .headers("x-api-key", key, "anthropic-version").build();
                }
                """);

        assertThat(call.headers()).isEmpty();
    }

    @Test
    void newBuilderOfAnythingElseCarriesNoUrlAndAddsNoHeader() {
        assertThat(calls("""
                Object copy(Factory factory) {
                    return factory.newBuilder("https://api.anthropic.com/v1/messages");
                }
                """)).isEmpty();
        assertThat(call("""
                Object copy() {
                    return HttpRequest.newBuilder("https://api.anthropic.com/v1/messages");
                }
                """).url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        String handedOn = """
                Object send(String key) {
                    HttpRequest.Builder b = HttpRequest.newBuilder().uri(URI.create("https://api.anthropic.com/v1/messages")).header("x-api-key", key);
                    return %s(b);
                }
                """;
        assertThat(call(handedOn.formatted("newBuilder")).headersComplete()).as("a copy").isTrue();
        assertThat(call(handedOn.formatted("decorate")).headersComplete()).as("a helper of ours may add headers").isFalse();
    }
}
