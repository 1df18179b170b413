package dev.claudit.extract;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suppression marker counts only in a comment, and where the file's extractor has a lexer of its own (JavaScript,
 * Gradle, Kotlin) that lexer says where the comments are: it knows regular expressions and string interpolation,
 * which the scan's small per-kind lexer ({@link CommentSpans#of}) does not.
 */
class SuppressionCommentsTest {

    private static Map<Integer, Set<String>> suppressions(String path, FileKind kind, String text) {
        return new Extraction().extract(path, kind, text).suppressions();
    }

    @Test
    void aMarkerInAJavaScriptRegularExpressionIsNotAComment() {
        String text = "const re = /a\\// + \" claudit:ignore\";\nconst b = 1; // claudit:ignore wrong-host\n";
        assertThat(CommentSpans.of(text, FileKind.JAVASCRIPT).contains(text.indexOf("claudit:ignore")))
                .as("the small lexer takes the escaped slash and the closing one for a line comment").isTrue();
        assertThat(suppressions("src/a.js", FileKind.JAVASCRIPT, text)).isEqualTo(Map.of(2, Set.of("wrong-host")));
    }

    @Test
    void javaScriptBlockAndLineCommentsStillSuppress() {
        String text = "/* claudit:ignore */\nconst k = `${x} // not a comment claudit:ignore`;\n/*\n gitleaks:allow */\n";
        assertThat(suppressions("src/a.ts", FileKind.JAVASCRIPT, text))
                .isEqualTo(Map.of(1, Set.of(FileFacts.ALL_RULES), 4, Set.of("hardcoded-credential")));
    }

    @Test
    void aMarkerAfterAnInterpolationInAKotlinStringIsNotAComment() {
        String text = "val k = \"${\"\\\"\"} // claudit:ignore\"\n// claudit:ignore hardcoded-credential\n";
        assertThat(CommentSpans.of(text, FileKind.GRADLE).contains(text.indexOf("claudit:ignore")))
                .as("the small lexer ends the string at the interpolation's quote").isTrue();
        assertThat(suppressions("app/build.gradle.kts", FileKind.GRADLE, text)).isEqualTo(Map.of(2, Set.of("hardcoded-credential")));
        assertThat(suppressions("app/src/main/kotlin/Keys.kt", FileKind.KOTLIN, text)).isEqualTo(Map.of(2, Set.of("hardcoded-credential")));
    }

    @Test
    void whenTheExtractorsLexerFailsTheSmallLexerDecides() {
        // an unterminated block comment does not lex; the small lexer reads it to the end of the file
        assertThat(suppressions("src/a.js", FileKind.JAVASCRIPT, "const a = 1;\n/* claudit:ignore\n")).isEqualTo(Map.of(2, Set.of(FileFacts.ALL_RULES)));
    }

    @Test
    void vueMarkupCommentsAreFoundByTheSmallLexer() {
        String text = "<template>\n  <!-- claudit:ignore -->\n</template>\n<script>\nconst a = 1; // gitleaks:allow\n</script>\n";
        assertThat(suppressions("src/App.vue", FileKind.JAVASCRIPT, text))
                .isEqualTo(Map.of(2, Set.of(FileFacts.ALL_RULES), 5, Set.of("hardcoded-credential")));
    }
}
