package dev.claudit.facts;

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
}
