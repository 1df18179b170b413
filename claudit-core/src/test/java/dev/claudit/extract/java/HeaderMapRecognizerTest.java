package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.calls;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class HeaderMapRecognizerTest {

    @Test
    void aMapFilledWithAHeaderOfTheApiHoldsHeaders() {
        HttpCall call = call("""
                Map<String, String> headers(String key) {
                    Map<String, String> headers = new HashMap<>();
                    headers.put("x-api-key", key);
                    headers.put("retries", "3");
                    return headers;
                }
                """);

        assertThat(headers(call)).as("only pairs named like headers").isEqualTo("x-api-key: <?>");
        assertThat(call.baseOnly()).as("a header set with no URL").isTrue();
        assertThat(call.addedBy()).isEqualTo("Snippet");
    }

    @Test
    void aMapOfPairsIsHeadersWhenOneOfItsNamesIsAHeaderName() {
        HttpCall call = call("""
                Map<String, String> headers(String key) {
                    return Map.of("x-api-key", key, "anthropic-version", "2023-06-01");
                }
                """);

        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01");
        assertThat(calls("""
                Map<String, String> limits() {
                    return Map.of("retries", "3", "timeout", "30");
                }
                """)).isEmpty();
    }

    @Test
    void aPutOnAMapNotBuiltHereIsNoHeader() {
        assertThat(calls("""
                void fill(Map<String, String> settings, String key) {
                    settings.put("x-api-key", key);
                }
                """)).isEmpty();
    }
}
