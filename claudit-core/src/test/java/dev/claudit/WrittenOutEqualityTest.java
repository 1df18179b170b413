package dev.claudit;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.Location;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.rules.Provenance;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records that write out their equals and hashCode for start-up ({@link Keywords.Keyword}, {@link Location},
 * {@link Finding}: the generated ones bootstrap method handles a JDK 17 class-data archive cannot hold) must stay
 * what the record's own would be: equal components give equal records with equal hashes, each component decides,
 * and a component added later fails here until it has its place in both methods and a row below.
 */
class WrittenOutEqualityTest {

    @Test
    void keyword() {
        check(new Keywords.Keyword("anthropic", true, Set.of(FileKind.JAVA), false, false),
                new Keywords.Keyword(new String("anthropic"), true, Set.of(FileKind.JAVA), false, false),
                new Keywords.Keyword("claude", true, Set.of(FileKind.JAVA), false, false),
                new Keywords.Keyword("anthropic", false, Set.of(FileKind.JAVA), false, false),
                new Keywords.Keyword("anthropic", true, Set.of(), false, false),
                new Keywords.Keyword("anthropic", true, Set.of(FileKind.JAVA), true, false),
                new Keywords.Keyword("anthropic", true, Set.of(FileKind.JAVA), false, true));
    }

    @Test
    void location() {
        check(new Location("a/B.java", 3, 5, 4, 9), new Location(new String("a/B.java"), 3, 5, 4, 9),
                new Location("a/C.java", 3, 5, 4, 9),
                new Location("a/B.java", 2, 5, 4, 9),
                new Location("a/B.java", 3, 6, 4, 9),
                new Location("a/B.java", 3, 5, 5, 9),
                new Location("a/B.java", 3, 5, 4, 8));
    }

    @Test
    void finding() {
        Location at = Location.at("a/B.java", 3, 5);
        Provenance commit = new Provenance("abc123", "2026-01-01", null, true);
        check(new Finding("wrong-host", Level.ERROR, at, "msg", "m", "s", commit),
                new Finding(new String("wrong-host"), Level.ERROR, Location.at("a/B.java", 3, 5), new String("msg"), new String("m"),
                        new String("s"), new Provenance("abc123", "2026-01-01", null, true)),
                new Finding("bearer-instead-of-x-api-key", Level.ERROR, at, "msg", "m", "s", commit),
                new Finding("wrong-host", Level.WARNING, at, "msg", "m", "s", commit),
                new Finding("wrong-host", Level.ERROR, Location.at("a/B.java", 4, 5), "msg", "m", "s", commit),
                new Finding("wrong-host", Level.ERROR, at, "other", "m", "s", commit),
                new Finding("wrong-host", Level.ERROR, at, "msg", null, "s", commit),
                new Finding("wrong-host", Level.ERROR, at, "msg", "m", null, commit),
                new Finding("wrong-host", Level.ERROR, at, "msg", "m", "s", null));
        Finding bare = new Finding("wrong-host", Level.ERROR, at, "msg", null, null, null);
        assertThat(new Finding("wrong-host", Level.ERROR, at, "msg", null, null, null)).isEqualTo(bare).hasSameHashCodeAs(bare);
    }

    /**
     * {@code copy} has components equal to {@code base}'s but not the same objects; {@code oneChangeEach} changes one
     * component each, every component once, in declaration order.
     */
    @SafeVarargs
    private static <R extends Record> void check(R base, R copy, R... oneChangeEach) {
        assertThat(copy).isNotSameAs(base).isEqualTo(base).hasSameHashCodeAs(base);
        assertThat(base).isNotEqualTo(null).isNotEqualTo("not a record");
        RecordComponent[] components = base.getClass().getRecordComponents();
        assertThat(oneChangeEach).as("one row per component of %s: a new component needs its place in equals and hashCode, and a row here",
                base.getClass().getSimpleName()).hasSize(components.length);
        for (int i = 0; i < components.length; i++) {
            R other = oneChangeEach[i];
            assertThat(changed(base, other)).as("row %d changes exactly %s", i, components[i].getName()).containsExactly(components[i].getName());
            assertThat(other).as("%s differs", components[i].getName()).isNotEqualTo(base);
            assertThat(base).as("%s differs", components[i].getName()).isNotEqualTo(other);
        }
    }

    private static List<String> changed(Record a, Record b) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) out.add(c.getName());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }
}
