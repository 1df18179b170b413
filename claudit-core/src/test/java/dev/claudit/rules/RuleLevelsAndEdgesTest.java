package dev.claudit.rules;

import dev.claudit.report.ScanResult;
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
 * What the YAML examples cannot say: per-finding levels, files whose syntax has no room for an
 * {@code expect:} marker, and findings that span files.
 */
class RuleLevelsAndEdgesTest {

    @TempDir
    Path dir;

    private List<Finding> scan(LocalDate asOf, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        ScanResult result = RuleExamplesTest.scan(RuleCatalog.load(), RuleData.load(), dir, asOf);
        return result.findings();
    }

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void deprecatedVersionIsAWarningAndAnInventedOneAnError() throws IOException {
        List<Finding> f = of(scan(LocalDate.of(2026, 11, 29), Map.of("src/V.java", """
                class V {
                    okhttp3.Request a() {
                        return new okhttp3.Request.Builder().url("https://api.anthropic.com/v1/models")
                                .header("x-api-key", System.getenv("ANTHROPIC_API_KEY"))
                                .header("anthropic-version", "2023-01-01").build();
                    }
                    okhttp3.Request b() {
                        return new okhttp3.Request.Builder().url("https://api.anthropic.com/v1/models")
                                .header("x-api-key", System.getenv("ANTHROPIC_API_KEY"))
                                .header("anthropic-version", "2023-06-02").build();
                    }
                }
                """)), "invalid-version-header");
        assertThat(f).extracting(x -> x.location().line(), Finding::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, Level.WARNING), org.assertj.core.groups.Tuple.tuple(10, Level.ERROR));
    }

    @Test
    void deprecatedModelIsAWarningUntilItsRetirementDay() throws IOException {
        Map<String, String> files = Map.of(".env", "ANTHROPIC_MODEL=claude-3-opus-20240229\n");
        assertThat(of(scan(LocalDate.of(2025, 6, 29), files), "retired-model")).isEmpty();
        assertThat(of(scan(LocalDate.of(2025, 7, 1), files), "retired-model")).extracting(Finding::level).containsExactly(Level.WARNING);
        assertThat(of(scan(LocalDate.of(2026, 1, 5), files), "retired-model")).extracting(Finding::level).containsExactly(Level.ERROR);
    }

    @Test
    void trailingBlankOfAPropertiesKeyIsKeptAndReportedWithoutTheValue() throws IOException {
        String key = "sk-ant-api03-...";
        List<Finding> f = of(scan(LocalDate.of(2026, 11, 29), Map.of("app.properties",
                "anthropic.api-key=" + key + "  \nanthropic.model=claude-sonnet-4-5  \n")), "key-whitespace");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).location().line()).isEqualTo(1);
        assertThat(f.get(0).message()).contains("anthropic.api-key", "trailing whitespace").doesNotContain(key);
    }

    @Test
    void aMalformedModelConstantIsReportedOnceWhereverItIsUsed() throws IOException {
        List<Finding> f = scan(LocalDate.of(2026, 11, 29), Map.of(
                "src/com/acme/Models.java", """
                        package com.acme;
                        public final class Models {
                            public static final String SHORT = "claude-sonnet";
                            public static final String DOTTED = "claude-sonnet-4.5";
                            public static final String OLD = "claude-3-opus-20240229";
                        }
                        """,
                "src/com/acme/Chat.java", """
                        package com.acme;
                        class Chat {
                            Object a() { return com.anthropic.models.messages.MessageCreateParams.builder().model(Models.SHORT).build(); }
                            Object b() { return com.anthropic.models.messages.MessageCreateParams.builder().model(Models.DOTTED).build(); }
                            Object c() { return com.anthropic.models.messages.MessageCreateParams.builder().model(Models.OLD).build(); }
                        }
                        """));
        // `claude-sonnet` is only wrong as a model value: reported where it is used as one
        // `claude-sonnet-4.5` and the retired id are wrong wherever they are written: reported there, once
        assertThat(f).extracting(x -> x.location().path() + ":" + x.location().line() + " " + x.ruleId())
                .containsExactlyInAnyOrder("src/com/acme/Chat.java:3 invalid-model-id", "src/com/acme/Models.java:4 invalid-model-id",
                        "src/com/acme/Models.java:5 retired-model");
    }

    @Test
    void aKeyHeaderSetOnlyUnderAMisnamedDefaultIsReportedAtTheDefault() throws IOException {
        List<Finding> f = of(scan(LocalDate.of(2026, 11, 29), Map.of("src/Client.java", """
                class Client {
                    org.springframework.web.client.RestClient client = org.springframework.web.client.RestClient.builder()
                            .baseUrl("https://api.anthropic.com")
                            .defaultHeader("anthropic-api-key", System.getenv("ANTHROPIC_API_KEY"))
                            .defaultHeader("anthropic-version", "2023-06-01")
                            .build();
                }
                """)), "missing-api-key-header");
        assertThat(f).extracting(x -> x.location().line()).containsExactly(4);
    }
}
