package dev.claudit.facts;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Keywords.Keyword} writes out its equals and hashCode (see there, for start-up): they must stay what the
 * record's own would be, component by component, also when a component is added.
 */
class KeywordEqualityTest {

    private static final Keywords.Keyword BASE = new Keywords.Keyword("anthropic", true, Set.of(FileKind.JAVA), false, false);

    @Test
    void equalComponentsAreEqualWithTheSameHash() {
        Keywords.Keyword same = new Keywords.Keyword(new String("anthropic"), true, Set.of(FileKind.JAVA), false, false);
        assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    }

    @Test
    void eachComponentDecides() {
        assertThat(Arrays.stream(Keywords.Keyword.class.getRecordComponents()).map(RecordComponent::getName))
                .as("a new component needs its place in Keyword.equals and hashCode, and a row here")
                .containsExactly("text", "ignoreCase", "kinds", "wholeWord", "propertyName");
        List<Keywords.Keyword> oneChangeEach = List.of(
                new Keywords.Keyword("claude", true, Set.of(FileKind.JAVA), false, false),
                new Keywords.Keyword("anthropic", false, Set.of(FileKind.JAVA), false, false),
                new Keywords.Keyword("anthropic", true, Set.of(), false, false),
                new Keywords.Keyword("anthropic", true, Set.of(FileKind.JAVA), true, false),
                new Keywords.Keyword("anthropic", true, Set.of(FileKind.JAVA), false, true));
        for (Keywords.Keyword other : oneChangeEach) assertThat(other).as("%s", other).isNotEqualTo(BASE);
    }
}
