package dev.claudit.extract.java;

import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import static dev.claudit.extract.java.JavaSnippet.call;
import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class UrlConnectionRecognizerTest {

    @Test
    void readsAConnectionOpenedOnANewUrl() {
        HttpCall call = call("""
                int send(String key) throws Exception {
                    HttpURLConnection con = (HttpURLConnection) new URL("https://api.anthropic.com/v1/messages").openConnection();
                    con.setRequestMethod("POST");
                    con.setRequestProperty("x-api-key", key);
                    con.addRequestProperty("anthropic-version", "2023-06-01");
                    return con.getResponseCode();
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.URL_CONNECTION);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("x-api-key: <?>, anthropic-version: 2023-06-01");
        assertThat(call.headersComplete()).isTrue();
    }

    @Test
    void readsTheUrlAConnectionIsOpenedOn() {
        HttpCall call = call("""
                int send(String key) throws Exception {
                    URL url = new URL("https://api.anthropic.com/v1/messages");
                    HttpURLConnection con = (HttpURLConnection) url.openConnection();
                    con.setRequestProperty("x-api-key", key);
                    return con.getResponseCode();
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.URL_CONNECTION);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
    }

    @Test
    void aConnectionOnAnUnknownUrlIsStillARequestAndAOneArgumentPropertyIsNoHeader() {
        HttpCall call = call("""
                int send(URL url, String key) throws Exception {
                    HttpURLConnection con = (HttpURLConnection) url.openConnection();
                    con.setRequestProperty("x-api-key");
                    con.setRequestProperty("anthropic-version", "2023-06-01");
                    return con.getResponseCode();
                }
                """);

        assertThat(call.api()).isEqualTo(HttpCall.Api.URL_CONNECTION);
        assertThat(headers(call)).isEqualTo("anthropic-version: 2023-06-01");
    }
}
