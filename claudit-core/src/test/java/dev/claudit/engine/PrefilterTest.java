package dev.claudit.engine;

import dev.claudit.rules.Detector;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.facts.Keywords;
import dev.claudit.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyword prefilter and the cross-file reach lose nothing: every rule example, the demo and the cross-file
 * cases give the same report with the prefilter on (the default) and off, with one thread and several; and clean
 * files are not parsed at all.
 */
class PrefilterTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    static final RuleCatalog CATALOG = RuleCatalog.load();
    static final RuleData DATA = RuleData.load();

    @TempDir
    Path tmp;

    static String report(Path dir, boolean prefilter, int threads) throws IOException {
        return EquivalentScans.json(dir, pipeline -> pipeline, options -> options.withPrefilter(prefilter), threads);
    }

    static List<Finding> findings(Path dir) {
        Workspace ws = new DirectoryWalker(false).walk(dir, List.of(dir));
        return new Pipeline(CATALOG, DATA).scan(ws, Pipeline.Options.defaults(AS_OF), "test").findings();
    }

    static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRuleExampleReportsTheSameWithThePrefilterAsWithout() throws IOException {
        int n = EquivalentScans.assertEveryRuleExampleAgrees(tmp, dir -> report(dir, true, 2), dir -> report(dir, false, 2));
        assertThat(n).isGreaterThan(5);
    }

    @Test
    void theDemoReportsTheSameWithAndWithoutThePrefilterAndWithOneOrManyThreads() throws IOException {
        Path demo = Path.of("testdata/demo");
        String reference = report(demo, false, 1);
        assertThat(reference).contains("missing-version-header", "bearer-instead-of-x-api-key", "hardcoded-credential");
        assertThat(report(demo, true, 1)).isEqualTo(reference);
        assertThat(report(demo, true, 2)).isEqualTo(reference);
        assertThat(report(demo, true, 7)).isEqualTo(reference);
        assertThat(report(demo, false, 7)).isEqualTo(reference);
    }

    @Test
    void cleanFilesAreReadButNotParsed() throws IOException {
        write(tmp, Map.of(
                "src/main/java/com/acme/OrderService.java", """
                        package com.acme;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        /** Talks to the billing service with a bearer token. */
                        class OrderService {
                            HttpRequest call(String token) {
                                return HttpRequest.newBuilder(URI.create("https://billing.internal/v1/orders"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("X-Request-Id", token)
                                        .build();
                            }
                        }
                        """,
                "src/main/resources/application.yml", "server:\n  port: 8080\napi-key: ${KEY}\n",
                "src/main/resources/messages.properties", "greeting=hello\n",
                ".env", "DB_PASSWORD=local\n",
                "README.md", "# Orders\n"));
        Workspace ws = new DirectoryWalker(false).walk(tmp, List.of(tmp));
        Keywords keywords = Keywords.union(CATALOG.detectors().stream().map((Detector d) -> d.keywords(DATA)).toList());
        ProjectReader.Read read = new ProjectReader(keywords, 2, Pipeline.Options.DEFAULT_MAX_FILE_SIZE, Pipeline.PARSE_BUDGET).read(ws.files());
        assertThat(read.facts()).isEmpty();
        assertThat(read.filesRead()).isEqualTo(5);
        assertThat(read.notices()).isEmpty();
        ProjectReader.Read all = new ProjectReader(Keywords.everyFile(), 2, Pipeline.Options.DEFAULT_MAX_FILE_SIZE, Pipeline.PARSE_BUDGET).read(ws.files());
        assertThat(all.facts()).hasSize(5);
    }

    /** Regression: {@code apiKey} alone sent a file through javaparser, though only key-logged wants it, and only beside a logger. */
    @Test
    void anApiKeyNameWithoutALoggerIsNotParsed() throws IOException {
        write(tmp, Map.of(
                "src/main/java/com/acme/WeatherClient.java", """
                        package com.acme;

                        final class WeatherClient {
                            private final String apiKey;
                            WeatherClient(String apiKey) { this.apiKey = apiKey; }
                            String key() { return apiKey; }
                        }
                        """,
                "src/main/java/com/acme/Startup.java", """
                        package com.acme;

                        final class Startup {
                            private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Startup.class);
                            void start(String apiKey) { log.info("key {}", apiKey); }
                        }
                        """));
        Workspace ws = new DirectoryWalker(false).walk(tmp, List.of(tmp));
        Map<String, Keywords> byRule = new java.util.LinkedHashMap<>();
        for (Detector d : CATALOG.detectors()) byRule.put(d.ruleId(), d.keywords(DATA));
        Keywords keywords = Keywords.union(byRule.values());
        ProjectReader.Read read = new ProjectReader(keywords, 2, Pipeline.Options.DEFAULT_MAX_FILE_SIZE, Pipeline.PARSE_BUDGET)
                .byRule(byRule).read(ws.files());
        assertThat(read.facts()).extracting(f -> f.path()).containsExactly("src/main/java/com/acme/Startup.java");
        assertThat(read.filesRead()).isEqualTo(2);
    }

    /** A request whose file has no keyword at all: its URL is a constant of a class that has one. */
    @Test
    void aRequestThatOnlyNamesAConstantClassIsStillRead() throws IOException {
        write(tmp, Map.of(
                "src/main/java/com/acme/Hosts.java", """
                        package com.acme;

                        final class Hosts {
                            static final String API = "https://api.anthropic.com";
                        }
                        """,
                "src/main/java/com/acme/Endpoints.java", """
                        package com.acme;

                        final class Endpoints {
                            static final String MESSAGES = Hosts.API + "/v1/messages";
                        }
                        """,
                "src/main/java/com/acme/Assistant.java", """
                        package com.acme;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class Assistant {
                            HttpRequest ask(String body) {
                                return HttpRequest.newBuilder(URI.create(Endpoints.MESSAGES))
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build();
                            }
                        }
                        """,
                "src/main/java/com/acme/Unrelated.java", "package com.acme;\nclass Unrelated { String s = \"Endpoint\"; }\n"));
        assertThat(findings(tmp)).extracting(f -> f.location().path() + " " + f.ruleId())
                .containsExactly("src/main/java/com/acme/Assistant.java missing-api-key-header",
                        "src/main/java/com/acme/Assistant.java missing-version-header");
        assertThat(report(tmp, true, 2)).isEqualTo(report(tmp, false, 2));
    }

    /** The file with the request has the host; the path and header name come from classes without keywords. */
    @Test
    void constantsARequestReadsAreReadFromTheirClassFiles() throws IOException {
        write(tmp, Map.of(
                "src/main/java/com/acme/Paths.java", """
                        package com.acme;

                        final class Paths {
                            static final String MESSAGES = "/v1/messages";
                        }
                        """,
                "src/main/java/com/acme/Headers.java", """
                        package com.acme;

                        final class Headers {
                            static final String AUTH = "Authorization";
                            static final String BEARER = "Bearer ";
                        }
                        """,
                "src/main/java/com/acme/Assistant.java", """
                        package com.acme;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class Assistant {
                            private final String key = System.getenv("ANTHROPIC_API_KEY");

                            HttpRequest ask(String body) {
                                return HttpRequest.newBuilder(URI.create("https://api.anthropic.com" + Paths.MESSAGES))
                                        .header(Headers.AUTH, Headers.BEARER + key)
                                        .header("anthropic-version", "2023-06-01")
                                        .build();
                            }
                        }
                        """));
        assertThat(findings(tmp)).extracting(f -> f.location().path() + ":" + f.location().line() + " " + f.ruleId())
                .containsExactly("src/main/java/com/acme/Assistant.java:11 bearer-instead-of-x-api-key");
        assertThat(report(tmp, true, 2)).isEqualTo(report(tmp, false, 2));
    }

    /** Properties both ways: a keyword-less class injects a URL set in YAML; a class with the host reads its path from YAML. */
    @Test
    void propertiesAreFollowedBetweenCodeAndConfiguration() throws IOException {
        write(tmp, Map.of(
                "src/main/resources/application.yml", """
                        llm:
                          url: https://api.anthropic.com/v1/messages
                          path: /v1/models
                        """,
                "src/main/java/com/acme/Ask.java", """
                        package com.acme;

                        import java.net.URI;
                        import java.net.http.HttpRequest;
                        import org.springframework.beans.factory.annotation.Value;

                        class Ask {
                            @Value("${llm.url}")
                            private String url;

                            HttpRequest ask() {
                                return HttpRequest.newBuilder(URI.create(url)).header("x-api-key", "k").build();
                            }
                        }
                        """,
                "src/main/java/com/acme/Models.java", """
                        package com.acme;

                        import java.net.URI;
                        import java.net.http.HttpRequest;
                        import org.springframework.beans.factory.annotation.Value;

                        class Models {
                            @Value("${llm.path}")
                            private String path;

                            HttpRequest list() {
                                return HttpRequest.newBuilder(URI.create("https://api.anthropic.com" + path)).header("x-api-key", "k").build();
                            }
                        }
                        """,
                "config/other.yml", "llm:\n  path: /v1/models\n"));
        assertThat(report(tmp, true, 2)).isEqualTo(report(tmp, false, 2));
        assertThat(findings(tmp)).extracting(f -> f.location().path() + " " + f.ruleId())
                .contains("src/main/java/com/acme/Ask.java missing-version-header");
    }

    /** A key split over three classes: only the prefix has a keyword; the class that joins the pieces has none. */
    @Test
    void aKeySplitAcrossClassesIsJoinedWhereItIsUsed() throws IOException {
        write(tmp, Map.of(
                "src/main/java/com/acme/Prefix.java", "package com.acme;\nfinal class Prefix { static final String P = \"sk-ant-api03-\"; }\n",
                "src/main/java/com/acme/Body.java", "package com.acme;\nfinal class Body {\n"
                        + "    static final String B = \"JqCqdu4tfMxf2Boa0NEyvUJHmjAAWkZR93O6kLHQCyhFPKy7FLIfE66xUSmwHHOuNdYFNNyA2Wtg1db2uqJHlG3rGrEkkAA\";\n}\n",
                "src/main/java/com/acme/Use.java", "package com.acme;\nclass Use {\n    static final String KEY = Prefix.P + Body.B;\n}\n"));
        assertThat(findings(tmp)).extracting(f -> f.location().path() + ":" + f.location().line() + " " + f.ruleId())
                .containsExactly("src/main/java/com/acme/Use.java:3 hardcoded-credential");
        assertThat(report(tmp, true, 2)).isEqualTo(report(tmp, false, 2));
    }

    @Test
    void deepNestingEndsTheSameWithOneThreadAsWithMany() throws IOException {
        String nested = "(".repeat(3000) + "1" + ")".repeat(3000);
        write(tmp, Map.of("src/Deep.java", "// anthropic\nclass Deep { int x = " + nested + "; }\n",
                "src/Key.java", "class Key { String k = \"sk-ant-api03-AvlHBR26g57W1dgEZ2o4tucxhbrprPyYMpGgZlJMCVt9rMTe4oospPpQLraEi1SqDdYsjSZzM5F1LwIQswXpB4WdHr5WgAA\"; }\n"));
        String one = report(tmp, true, 1);
        assertThat(one).contains("hardcoded-credential");
        assertThat(report(tmp, true, 4)).isEqualTo(one);
    }
}
