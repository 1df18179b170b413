package dev.claudit.extract.java;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging every header of a client or request that sends x-api-key is a log call printing the key's value. */
class HeaderLoggingTest {

    @Test
    void aHeaderLevelLoggingInterceptorOnAClientThatAddsTheKeyPrintsIt() {
        String source = """
                class Clients {
                    okhttp3.OkHttpClient verbose(String key, boolean redact) {
                        var logging = new okhttp3.logging.HttpLoggingInterceptor();
                        logging.setLevel(okhttp3.logging.HttpLoggingInterceptor.Level.BODY);
                        return new okhttp3.OkHttpClient.Builder()
                                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Api-Key", key).build()))
                                .addNetworkInterceptor(logging)
                                .build();
                    }
                }
                """;
        FileFacts facts = new Extraction().extract("src/Clients.java", FileKind.JAVA, source);

        assertThat(facts.logs()).singleElement().satisfies(log -> {
            assertThat(log.printsAllHeaders()).isTrue();
            assertThat(log.api()).isEqualTo("request-header logging");
            assertThat(log.location().line()).isEqualTo(4);
            assertThat(log.arguments()).singleElement()
                    .satisfies(v -> assertThat(v).isInstanceOfSatisfying(dev.claudit.facts.Value.Unknown.class,
                            u -> assertThat(u.description()).isEqualTo("key")));
        });
    }

    @Test
    void aRedactedKeyHeaderIsNotPrinted() {
        String source = """
                class Clients {
                    okhttp3.OkHttpClient quiet(String key) {
                        var logging = new okhttp3.logging.HttpLoggingInterceptor();
                        logging.setLevel(okhttp3.logging.HttpLoggingInterceptor.Level.HEADERS);
                        logging.redactHeader("X-API-KEY");
                        return new okhttp3.OkHttpClient.Builder()
                                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("x-api-key", key).build()))
                                .addNetworkInterceptor(logging)
                                .build();
                    }
                }
                """;
        FileFacts facts = new Extraction().extract("src/Clients.java", FileKind.JAVA, source);

        assertThat(facts.logs()).isEmpty();
    }
}
