package dev.claudit.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ObjectShape#normalize}'s ASCII shortcut and no-copy path give what the plain definition gives. */
class ObjectShapeNormalizeTest {

    @Test
    void agreesWithTheDefinitionOnEveryCharacter() {
        // each character at the start (the path without a copy) and after a separator (the copy)
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String key : new String[] {(char) c + "b", "a." + (char) c + "B", "x" + (char) c}) {
                assertThat(ObjectShape.normalize(key)).isEqualTo(definition(key));
            }
        }
        assertThat(ObjectShape.normalize("max_tokens")).isEqualTo("maxtokens");
        assertThat(ObjectShape.normalize("Stop Reason")).isEqualTo("stopreason");
    }

    private static String definition(String key) {
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) if (c != '_' && c != '-' && c != '.' && c != ' ') sb.append(Character.toLowerCase(c));
        return sb.toString();
    }
}
