package dev.claudit.workspace;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Keywords that count only together: the one-pass matcher is a superset, the exact test asks for both. */
class ExactKeywordsTest {

    private static final Keywords LOGGED_KEY = Keywords.builder().ignoringCase("anthropic")
            .together(Keywords.builder().in(Set.of(FileKind.JAVA), true, "apikey").build(),
                    Keywords.builder().in(Set.of(FileKind.JAVA), true, "log").build())
            .build();

    private static boolean exact(String text, FileKind kind) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return ExactKeywords.of(LOGGED_KEY).test(b, 0, b.length, kind);
    }

    @Test
    void aPairCountsOnlyWhenBothHalvesOccur() {
        assertThat(exact("String apiKey = key();", FileKind.JAVA)).isFalse();
        assertThat(exact("LOG.info(apiKey);", FileKind.JAVA)).isTrue();
        assertThat(exact("logger only", FileKind.JAVA)).isFalse();
        assertThat(exact("// Anthropic", FileKind.JAVA)).isTrue();
    }

    @Test
    void aPairCountsOnlyInItsKinds() {
        assertThat(exact("log: ${apiKey}", FileKind.YAML)).isFalse();
    }

    @Test
    void theOnePassMatcherIsASupersetThatTakesThePairsFirstHalf() {
        assertThat(KeywordMatcher.of(LOGGED_KEY).test("String apiKey = key();", FileKind.JAVA)).isTrue();
        assertThat(KeywordMatcher.of(LOGGED_KEY.alone()).test("String apiKey = key();", FileKind.JAVA)).isFalse();
    }
}
