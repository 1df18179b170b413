package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.calls;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class SpringHttpRecognizerTest {

    @Test
    void readsARestTemplateExchangeWithItsHttpHeaders() {
        HttpCall call = call("""
                Object send(RestTemplate restTemplate, String key, String token, String body) {
                    HttpHeaders headers = new HttpHeaders();
                    headers.set("x-api-key", key);
                    headers.add("anthropic-version", "2023-06-01");
                    headers.setBearerAuth(token);
                    headers.setBasicAuth("user", "secret");
                    HttpEntity<String> entity = new HttpEntity<>(body, headers);
                    return restTemplate.exchange("https://api.anthropic.com/v1/messages", HttpMethod.POST, entity, String.class);
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.SPRING);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01, Authorization: Bearer <?>, "
                + "Authorization: Basic <credentials>");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void aRequestOnARestClientFieldTakesTheClientsBaseUrlAndDefaultHeaders() {
        List<HttpCall> calls = calls("""
                private final RestClient client = RestClient.builder().baseUrl("https://api.anthropic.com")
                        .defaultHeader("x-api-key", System.getenv("ANTHROPIC_API_KEY")).build();
                String send(String body) {
                    return client.post().uri("/v1/messages").header("anthropic-version", "2023-06-01").body(body).retrieve().body(String.class);
                }
                """);

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).baseOnly()).as("the client's defaults").isTrue();
        assertThat(calls.get(0).url().render()).isEqualTo("https://api.anthropic.com");
        HttpCall request = calls.get(1);
        assertThat(request.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(request)).isEqualTo("x-api-key: ${ANTHROPIC_API_KEY}, anthropic-version: 2023-06-01");
        assertThat(request.headersComplete()).isTrue();
    }

    @Test
    void aWebClientCreatedOnABaseUrlIsAClientsDefaults() {
        HttpCall call = call("""
                WebClient client() {
                    return WebClient.create("https://api.anthropic.com");
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.SPRING);
        assertThat(call.baseOnly()).isTrue();
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com");
    }

    @Test
    void headersSetInALambdaAreReadAndAFilterLeavesThemIncomplete() {
        HttpCall lambda = call("""
                Object send(WebClient client, String key) {
                    return client.post().uri("https://api.anthropic.com/v1/messages").headers(h -> h.set("x-api-key", key)).retrieve();
                }
                """);
        HttpCall filtered = call("""
                Object send(WebClient.Builder builder, ExchangeFilterFunction auth) {
                    return builder.filter(auth).build().post().uri("https://api.anthropic.com/v1/messages").retrieve();
                }
                """);

        assertThat(headers(lambda)).isEqualTo("x-api-key: <?>");
        assertThat(filtered.headersComplete()).isFalse();
    }

    @Test
    void setOnSomethingThatIsNoHeaderSetIsNoHeader() {
        assertThat(calls("""
                void configure(Properties config, String key) {
                    config.set("x-api-key", key);
                }
                """)).isEmpty();
    }
}
