package dev.claudit.rules;

import dev.claudit.rules.detectors.FrontendExposedKey;
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

/** What the rule's YAML examples cannot say: levels and messages of {@code frontend-exposed-key}. */
class FrontendExposedKeyTest {

    @TempDir
    Path dir;

    private List<Finding> scan(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return RuleExamplesTest.scan(RuleCatalog.load(), RuleData.load(), dir, LocalDate.of(2026, 12, 1)).findings().stream()
                .filter(f -> f.ruleId().equals(FrontendExposedKey.ID)).toList();
    }

    @Test
    void publicKeyVariableInATemplateIsAWarningThatNamesTheTemplate() throws IOException {
        List<Finding> f = scan(Map.of("web/.env.example", """
                VITE_ANTHROPIC_API_KEY=your-key-here
                ANTHROPIC_API_KEY=your-key-here
                """, "web/.env.local", "VITE_ANTHROPIC_API_KEY=${KEY}\n"));
        assertThat(f).extracting(x -> x.location().path(), Finding::level).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("web/.env.example", Level.WARNING),
                org.assertj.core.groups.Tuple.tuple("web/.env.local", Level.ERROR));
        assertThat(f).filteredOn(x -> x.location().path().endsWith(".example")).singleElement()
                .extracting(Finding::message).asString().contains("template tells every developer").contains("VITE_");
    }

    @Test
    void realKeyInATemplateStaysAnError() throws IOException {
        String key = dev.claudit.testkit.FakeCredentials.apiKey();
        List<Finding> f = scan(Map.of("web/.env.sample", "NEXT_PUBLIC_ANTHROPIC_API_KEY=" + key + "\n"));
        assertThat(f).extracting(Finding::level).containsExactly(Level.ERROR);
    }

    @Test
    void templateNamesAreRecognisedBySegmentNotSubstring() throws IOException {
        List<Finding> f = scan(Map.of("a/env.sample", "VITE_ANTHROPIC_API_KEY=\n", "b/.env-template", "VITE_ANTHROPIC_API_KEY=\n",
                "examples/.env", "VITE_ANTHROPIC_API_KEY=\n", "c/.env.distribution", "VITE_ANTHROPIC_API_KEY=\n"));
        assertThat(f).extracting(x -> x.location().path(), Finding::level).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("a/env.sample", Level.WARNING),
                org.assertj.core.groups.Tuple.tuple("b/.env-template", Level.WARNING),
                org.assertj.core.groups.Tuple.tuple("examples/.env", Level.ERROR),
                org.assertj.core.groups.Tuple.tuple("c/.env.distribution", Level.ERROR));
    }
}
