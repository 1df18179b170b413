package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.calls;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class ApacheHttpRecognizerTest {

    @Test
    void readsAClassicRequest() {
        HttpCall call = call("""
                Object send(CloseableHttpClient client, String key) throws Exception {
                    HttpPost post = new HttpPost("https://api.anthropic.com/v1/messages");
                    post.setHeader("x-api-key", key);
                    post.addHeader("anthropic-version", "2023-06-01");
                    return client.execute(post);
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.APACHE);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(call.location().line()).as("where the request is created").isEqualTo(5);
        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void readsTheRequestBuildersOfVersionFiveAndTheFluentApi() {
        HttpCall classic = call("""
                Object request(String key) {
                    return ClassicRequestBuilder.post("https://api.anthropic.com/v1/messages").addHeader("x-api-key", key).build();
                }
                """);
        HttpCall fluent = call("""
                Object request(String key) {
                    return Request.post("https://api.anthropic.com/v1/complete").addHeader("x-api-key", key);
                }
                """);

        assertThat(classic.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(classic)).isEqualTo("x-api-key: <?>");
        assertThat(fluent.url().render()).isEqualTo("https://api.anthropic.com/v1/complete");
    }

    @Test
    void aPostOnSomethingElseIsNotARequestFactory() {
        assertThat(calls("""
                Object request(Factory factory) {
                    return factory.make().post("https://api.anthropic.com/v1/messages");
                }
                """)).isEmpty();
        assertThat(calls("""
                Object request() {
                    return new HttpPost();
                }
                """)).as("no URL and no header").isEmpty();
    }

    @Test
    void headersSetFromAnArrayOutOfSightAreIncomplete() {
        HttpCall call = call("""
                Object request(Header[] shared) {
                    HttpPost post = new HttpPost("https://api.anthropic.com/v1/messages");
                    post.setHeaders(shared);
                    return post;
                }
                """);

        assertThat(call.headersComplete()).isFalse();
    }
}
