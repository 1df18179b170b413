package dev.claudit.extract.java;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which client a request is sent with, and which class an interceptor's headers are written in. */
class SendingClientTest {

    private static final String CLIENTS = """
            package com.acme;

            import okhttp3.OkHttpClient;
            import okhttp3.Request;

            class Clients {
                private final OkHttpClient plain = new OkHttpClient();
                private final OkHttpClient audited = new OkHttpClient.Builder().addInterceptor(new Audit()).addNetworkInterceptor(new Keys()).build();
                private final OkHttpClient lambda = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request())).build();
                private final OkHttpClient injected;
                private OkHttpClient swapped = new OkHttpClient();

                Clients(OkHttpClient injected, OkHttpClient other) {
                    this.injected = injected;
                    this.swapped = other;
                }

                Object a() throws Exception { Request r = new Request.Builder().url("https://api.anthropic.com/v1/a").build(); return plain.newCall(r).execute(); }
                Object b() throws Exception { Request r = new Request.Builder().url("https://api.anthropic.com/v1/b").build(); return audited.newCall(r).execute(); }
                Object c() throws Exception { Request r = new Request.Builder().url("https://api.anthropic.com/v1/c").build(); return lambda.newCall(r).execute(); }
                Object d() throws Exception { Request r = new Request.Builder().url("https://api.anthropic.com/v1/d").build(); return injected.newCall(r).execute(); }
                Object e() throws Exception { Request r = new Request.Builder().url("https://api.anthropic.com/v1/e").build(); return swapped.newCall(r).execute(); }
                Object f() throws Exception {
                    var logging = new Logging();
                    OkHttpClient local = new OkHttpClient.Builder().addInterceptor(logging).build();
                    Request r = new Request.Builder().url("https://api.anthropic.com/v1/f").build();
                    return local.newCall(r).execute();
                }
                Request g() { return new Request.Builder().url("https://api.anthropic.com/v1/g").build(); }
            }
            """;

    @Test
    void aRequestKnowsTheInterceptorsOfTheClientItIsSentWith() {
        FileFacts facts = new Extraction().extract("src/main/java/com/acme/Clients.java", FileKind.JAVA, CLIENTS);

        assertThat(sentVia(facts, "/v1/a")).isEmpty();
        assertThat(sentVia(facts, "/v1/b")).containsExactly("Audit", "Keys");
        assertThat(sentVia(facts, "/v1/c")).as("a lambda interceptor is not a class in sight").isNull();
        assertThat(sentVia(facts, "/v1/d")).as("an injected client").isNull();
        assertThat(sentVia(facts, "/v1/e")).as("a field assigned a second, unknown client").isNull();
        assertThat(sentVia(facts, "/v1/f")).containsExactly("Logging");
        assertThat(sentVia(facts, "/v1/g")).as("not sent here").isNull();
    }

    @Test
    void anInterceptorsHeadersNameTheClassTheyAreWrittenIn() {
        String source = """
                package com.acme;

                class Keys implements okhttp3.Interceptor {
                    public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
                        return chain.proceed(chain.request().newBuilder().header("anthropic-version", "2023-06-01").build());
                    }
                }
                """;
        FileFacts facts = new Extraction().extract("src/main/java/com/acme/Keys.java", FileKind.JAVA, source);

        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.baseOnly()).isTrue();
            assertThat(c.addedBy()).isEqualTo("Keys");
            assertThat(c.api()).isEqualTo(HttpCall.Api.OKHTTP);
        });
    }

    private static List<String> sentVia(FileFacts facts, String path) {
        HttpCall call = facts.calls().stream().filter(c -> c.url().render().endsWith(path)).findFirst().orElseThrow();
        return call.sentVia();
    }
}
