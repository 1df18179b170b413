package dev.claudit.facts;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Relaxed keys: the fast path for keys already normal gives what the plain definition gives. */
class NormalizeKeyTest {

    @Test
    void relaxedBindingForms() {
        assertThat(Project.normalizeKey("spring.ai.anthropic.api-key")).isEqualTo("spring.ai.anthropic.apikey");
        assertThat(Project.normalizeKey("ANTHROPIC_API_KEY")).isEqualTo("anthropicapikey");
        assertThat(Project.normalizeKey("llm.baseUrl")).isEqualTo("llm.baseurl");
        String normal = "already.normal";
        assertThat(Project.normalizeKey(normal)).isSameAs(normal);
    }

    @Test
    void agreesWithTheDefinitionOnRandomKeys() {
        Random random = new Random(5);
        String alphabet = "aZ-_.0\u00c9\u00e9\u0130k";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String key = sb.toString();
            StringBuilder expected = new StringBuilder();
            for (char c : key.toCharArray()) if (c != '-' && c != '_') expected.append(Character.toLowerCase(c));
            assertThat(Project.normalizeKey(key)).as(key).isEqualTo(expected.toString());
        }
    }

    @Test
    void agreesWithTheDefinitionOnEveryCharacter() {
        // the ASCII shortcut and Character.toLowerCase, at the start (fast path) and after a separator (copy)
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String key : new String[] {(char) c + "b", "a_" + (char) c + "B"}) {
                StringBuilder expected = new StringBuilder();
                for (char k : key.toCharArray()) if (k != '-' && k != '_') expected.append(Character.toLowerCase(k));
                assertThat(Project.normalizeKey(key)).isEqualTo(expected.toString());
            }
        }
    }

    @Property(tries = 5000)
    void endsWithAsTheNormalForm(@ForAll @StringLength(max = 10) @Chars({'a', 'B', 'm', 'M', '-', '_', '.', '\u0130', 'i'}) String key,
                                 @ForAll @StringLength(max = 4) @Chars({'a', 'b', 'm', '.', 'i', '\u0069'}) String suffix) {
        assertThat(Project.normalKeyEndsWith(key, suffix)).as(key + " / " + suffix)
                .isEqualTo(Project.normalizeKey(key).endsWith(suffix));
    }
}
