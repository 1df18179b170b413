package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.calls;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class VertxWebClientRecognizerTest {

    @Test
    void readsARequestOnAnAbsoluteUrl() {
        HttpCall call = call("""
                Future<String> ask(Vertx vertx, String key, JsonObject body) {
                    return WebClient.create(vertx)
                            .postAbs("https://api.anthropic.com/v1/messages")
                            .putHeader("x-api-key", key)
                            .putHeader("anthropic-version", "2023-06-01")
                            .sendJson(body)
                            .map(resp -> resp.bodyAsString());
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.VERTX);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(call.baseOnly()).isFalse();
        assertThat(call.location().line()).as("where the URL is given").isEqualTo(6);
        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void readsRequestAbsBearerAuthenticationAndAHeaderMapBuiltInSight() {
        HttpCall call = call("""
                Future<?> ask(WebClient client, String token, Buffer body) {
                    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
                    headers.add("anthropic-version", "2023-06-01");
                    return client.requestAbs(HttpMethod.POST, "https://api.anthropic.com/v1/messages")
                            .putHeaders(headers)
                            .bearerTokenAuthentication(token)
                            .sendBuffer(body);
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.VERTX);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("anthropic-version: 2023-06-01, Authorization: Bearer <?>");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void aHeaderMapFromElsewhereLeavesTheHeadersIncomplete() {
        HttpCall call = call("""
                Future<?> ask(WebClient client, MultiMap shared, Buffer body) {
                    return client.postAbs("https://api.anthropic.com/v1/messages").putHeaders(shared).sendBuffer(body);
                }
                """);

        assertThat(call.headers()).isEmpty();
        assertThat(call.headersComplete()).isFalse();
    }

    @Test
    void aPortHostAndPathAreNoUrlAndAOneArgumentPutHeaderIsNoHeader() {
        HttpCall call = call("""
                Future<?> ask(WebClient client, String key) {
                    return client.post(443, "api.anthropic.com", "/v1/messages").ssl(true).putHeader("x-api-key", key).putHeader("x").send();
                }
                """);

        assertThat(call.url()).as("not read").isInstanceOf(Value.Unknown.class);
        assertThat(call.baseOnly()).isTrue();
        assertThat(headers(call)).isEqualTo("x-api-key: <?>");
        assertThat(calls("""
                void count(MultiMap counts) {
                    counts.add("x-api-key", "1");
                }
                """)).as("a MultiMap not built here").isEmpty();
    }
}
