package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class OkHttpRecognizerTest {

    @Test
    void readsARequestBuilder() {
        HttpCall call = call("""
                Object send(OkHttpClient client, String key, RequestBody body) throws Exception {
                    Request request = new Request.Builder().url("https://api.anthropic.com/v1/messages")
                            .header("x-api-key", key).addHeader("anthropic-version", "2023-06-01").post(body).build();
                    return client.newCall(request).execute();
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.OKHTTP);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void readsAHeaderSetBuiltInSight() {
        HttpCall call = call("""
                Request request(String key) {
                    Headers headers = Headers.of("x-api-key", key, "anthropic-version", "2023-06-01");
                    return new Request.Builder().url("https://api.anthropic.com/v1/messages").headers(headers).build();
                }
                """);

        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void aHeaderSetFromElsewhereLeavesTheHeadersIncomplete() {
        HttpCall call = call("""
                Request request(Headers shared) {
                    Headers plain = Headers.of("accept", "text/plain");
                    return new Request.Builder().url("https://api.anthropic.com/v1/messages").headers(shared).build();
                }
                """);

        assertThat(call.headers()).as("a header set with no header of the API").isEmpty();
        assertThat(call.headersComplete()).isFalse();
    }

    @Test
    void aRequestSentThroughAClientWithAnInterceptorBuiltInTheSameExpressionIsIncomplete() {
        HttpCall call = call("""
                Object send(OkHttpClient client, Interceptor auth) throws Exception {
                    return client.newBuilder().addInterceptor(auth).build()
                            .newCall(new Request.Builder().url("https://api.anthropic.com/v1/messages").build()).execute();
                }
                """);

        assertThat(call.headersComplete()).isFalse();
    }

    @Test
    void anInterceptorRebuildingItsChainsRequestIsOkHttp() {
        HttpCall rebuilt = call("""
                public Response intercept(Chain chain) throws java.io.IOException {
                    return chain.proceed(chain.request().newBuilder().header("anthropic-version", "2023-06-01").build());
                }
                """);
        HttpCall other = call("""
                Object copy(Template template) {
                    return template.current().newBuilder().header("anthropic-version", "2023-06-01").build();
                }
                """);

        assertThat(rebuilt.api()).isEqualTo(HttpCall.Api.OKHTTP);
        assertThat(rebuilt.baseOnly()).isTrue();
        assertThat(other.api()).as("newBuilder() on anything but request()").isEqualTo(HttpCall.Api.UNKNOWN);
    }
}
