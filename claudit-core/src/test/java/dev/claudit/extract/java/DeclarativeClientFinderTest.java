package dev.claudit.extract.java;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.HttpCall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claudit.extract.java.JavaSnippet.headers;
import static org.assertj.core.api.Assertions.assertThat;

class DeclarativeClientFinderTest {

    private static List<HttpCall> calls(String source) {
        return new Extraction().extract("src/main/java/com/acme/Client.java", FileKind.JAVA, source).calls();
    }

    /** The requests an interface declares, not the builders around it. */
    private static List<HttpCall> declared(String source) {
        return calls(source).stream().filter(c -> !c.baseOnly() && c.url().render().contains("/v1/")).toList();
    }

    @Test
    void readsARetrofitMethodWithTheBaseUrlOfTheBuilderInTheSameFile() {
        List<HttpCall> calls = declared("""
                package com.acme;

                interface Claude {
                    @Headers({"anthropic-version: 2023-06-01", "content-type: application/json"})
                    @POST("v1/messages")
                    Call<Reply> ask(@Header("x-api-key") String key, @Body Ask body);
                }

                class Wiring {
                    Claude claude() {
                        return new Retrofit.Builder().baseUrl("https://api.anthropic.com/").build().create(Claude.class);
                    }
                }
                """);

        assertThat(calls).hasSize(1);
        HttpCall call = calls.get(0);
        assertThat(call.url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(call)).isEqualTo("anthropic-version: 2023-06-01, content-type: application/json, x-api-key: <?>");
        assertThat(call.headersComplete()).as("interceptors may add headers").isFalse();
        assertThat(call.location().line()).as("where the method is mapped").isEqualTo(5);
    }

    @Test
    void aRetrofitInterfaceWithoutItsBaseUrlInSightIsNotRead() {
        assertThat(declared("""
                package com.acme;

                interface Claude {
                    @Headers("anthropic-version: 2023-06-01")
                    @POST("v1/messages")
                    Call<Reply> ask(@Header("x-api-key") String key, @Body Ask body);
                }
                """)).isEmpty();
    }

    @Test
    void readsAnOpenFeignRequestLineWithItsTarget() {
        List<HttpCall> calls = declared("""
                package com.acme;

                interface Claude {
                    @RequestLine("POST /v1/messages/batches/{id}/cancel HTTP/1.1")
                    @Headers({"Authorization: Bearer {token}", "anthropic-version: 2023-06-01"})
                    Reply cancel(@Param("id") String id, @Param("token") String token);
                }

                class Wiring {
                    static Claude claude() {
                        return Feign.builder().decoder(new GsonDecoder()).target(Claude.class, "https://api.anthropic.com");
                    }
                }
                """);

        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).url().knownPrefix()).isEqualTo("https://api.anthropic.com/v1/messages/batches/");
        assertThat(headers(calls.get(0))).as("a template's value is known up to the template")
                .isEqualTo("Authorization: Bearer <?>, anthropic-version: 2023-06-01");
    }

    @Test
    void readsSpringCloudOpenFeignMappingsAndRequestHeaders() {
        List<HttpCall> calls = declared("""
                package com.acme;

                @FeignClient(name = "claude", url = "http://api.anthropic.com/")
                interface Claude {
                    @PostMapping(value = "/v1/messages", headers = {"anthropic-version=2023-6-1", "x-api-key=${anthropic.key}"})
                    Reply ask(@RequestHeader("Authorization") String auth, @RequestBody Ask ask);
                }
                """);

        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).url().render()).isEqualTo("http://api.anthropic.com/v1/messages");
        assertThat(headers(calls.get(0))).isEqualTo("anthropic-version: 2023-6-1, x-api-key: <?>, Authorization: <?>");
        assertThat(calls.get(0).headersComplete()).isFalse();
    }

    @Test
    void aFeignClientFoundByServiceDiscoveryOrAConfiguredUrlIsNotRead() {
        assertThat(declared("""
                package com.acme;

                @FeignClient(name = "claude")
                interface ByName {
                    @PostMapping("/v1/messages")
                    Reply ask(@RequestBody Ask ask);
                }

                @FeignClient(name = "claude", url = "${anthropic.base-url}")
                interface Configured {
                    @PostMapping("/v1/messages")
                    Reply ask(@RequestBody Ask ask);
                }
                """)).isEmpty();
    }

    @Test
    void readsASpringHttpInterfaceWithAnAbsoluteUrl() {
        List<HttpCall> calls = declared("""
                package com.acme;

                @HttpExchange(url = "https://api.anthropic.com", accept = "application/json")
                interface Claude {
                    String VERSION = "2023-06-01";

                    @PostExchange("/v1/messages")
                    Reply ask(@RequestHeader(name = "x-api-key") String key, @RequestHeader("anthropic-version") String version, @RequestBody Ask ask);
                }
                """);

        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).url().render()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(headers(calls.get(0))).isEqualTo("x-api-key: <?>, anthropic-version: <?>");
    }

    @Test
    void aSpringHttpInterfaceWhoseBaseIsTheClientItIsMadeFromIsNotRead() {
        assertThat(declared("""
                package com.acme;

                @HttpExchange("/v1")
                interface Claude {
                    @PostExchange("/messages")
                    Reply ask(@RequestBody Ask ask);
                }
                """)).isEmpty();
    }

    @Test
    void aMethodWhoseCallerGivesTheUrlOrAnotherInterfacesTargetIsNotRead() {
        assertThat(declared("""
                package com.acme;

                interface Claude {
                    @POST
                    Call<Reply> anywhere(@Url String url, @Header("anthropic-version") String version);
                }

                interface Other {
                    @RequestLine("POST /v1/messages")
                    Reply ask(URI where, String body);
                }

                interface Api {
                    @RequestLine("POST /v1/messages")
                    Reply ask(String body);
                }

                class Wiring {
                    Claude claude = new Retrofit.Builder().baseUrl("https://api.anthropic.com/").build().create(Claude.class);
                    Other other = Feign.builder().target(Other.class, "https://api.anthropic.com");
                    ClaudeApi claudeApi = Feign.builder().target(ClaudeApi.class, "https://api.anthropic.com");
                }
                """)).isEmpty();
    }

    @Test
    void classesAndUnannotatedInterfacesAreNotRequests() {
        assertThat(declared("""
                package com.acme;

                interface Repository {
                    @Query("select * from messages where path = '/v1/messages'")
                    List<Row> find();
                }

                @RestController
                class Controller {
                    @PostMapping("/v1/messages")
                    String proxy(@RequestHeader("x-api-key") String key) { return key; }
                }
                """)).isEmpty();
    }
}
