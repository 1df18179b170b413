package dev.claudit.engine;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Notice;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.RuleMeta;
import dev.claudit.testkit.BadInputs;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random truncations and byte mutations of every fixture — the rules' examples, {@code testdata/demo} and the
 * hostile inputs — never make the pipeline throw, never make a detector fail, and never make an extractor fail in
 * a way that shows a bug of ours (a null pointer, an index out of range...) rather than a parse error.
 */
class MutatedInputPropertyTest {

    /** One fixture file: where it would sit in a project, and its bytes. */
    record Fixture(String path, byte[] bytes) {
        @Override
        public String toString() {
            return path + " (" + bytes.length + " bytes)";
        }
    }

    /** Exceptions that say the extractor has a bug, whatever the input. */
    private static final Set<Class<? extends Throwable>> BUGS = Set.of(NullPointerException.class,
            IndexOutOfBoundsException.class, ClassCastException.class, IllegalStateException.class,
            IllegalArgumentException.class, ArithmeticException.class, UnsupportedOperationException.class,
            java.util.NoSuchElementException.class, java.util.ConcurrentModificationException.class, AssertionError.class);

    private static final List<Fixture> FIXTURES = fixtures();
    private static final Pipeline PIPELINE = new Pipeline(RuleCatalog.load(), RuleData.load());
    private static final Pipeline.Options OPTIONS = Pipeline.Options.defaults(LocalDate.of(2026, 11, 29));

    @Property(tries = 600)
    void truncatedFixturesNeverBreakTheScan(@ForAll("fixture") Fixture fixture, @ForAll("fraction") double keep) {
        int cut = (int) Math.floor(fixture.bytes().length * keep);
        assertContained(fixture.path(), Arrays.copyOf(fixture.bytes(), cut));
    }

    @Property(tries = 1000)
    void mutatedFixturesNeverBreakTheScan(@ForAll("mutated") Fixture mutated) {
        assertContained(mutated.path(), mutated.bytes());
    }

    @Provide
    Arbitrary<Fixture> fixture() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1);
    }

    /** A fixture with 1 to 8 edits: a byte overwritten, inserted or deleted; inserted bytes lean to syntax characters. */
    @Provide
    Arbitrary<Fixture> mutated() {
        List<Byte> special = new ArrayList<>();
        for (byte b : "\"'`{}[]()<>:;,=#!&*|-+\\/\n\r\t $@%?".getBytes(StandardCharsets.US_ASCII)) special.add(b);
        Arbitrary<Byte> syntax = Arbitraries.of(special);
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, syntax), net.jqwik.api.Tuple.of(1, any));
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), bytes).as((op, at, b) -> new int[]{op, at, b});
        return Combinators.combine(fixture(), edit.list().ofMinSize(1).ofMaxSize(8)).as(MutatedInputPropertyTest::apply);
    }

    static Fixture apply(Fixture f, List<int[]> edits) {
        List<Byte> bytes = new ArrayList<>(f.bytes().length + edits.size());
        for (byte b : f.bytes()) bytes.add(b);
        for (int[] e : edits) {
            int size = bytes.size();
            switch (e[0]) {
                case 0 -> { if (size > 0) bytes.set(e[1] % size, (byte) e[2]); }
                case 1 -> bytes.add(e[1] % (size + 1), (byte) e[2]);
                default -> { if (size > 0) bytes.remove(e[1] % size); }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) out[i] = bytes.get(i);
        return new Fixture(f.path(), out);
    }

    static void assertContained(String path, byte[] bytes) {
        SourceFile file = new SourceFile(path, FileKind.of(path.substring(path.lastIndexOf('/') + 1)), bytes.length, () -> bytes);
        ScanResult result = PIPELINE.scan(new Workspace("/fuzz", List.of(file), List.of()), OPTIONS, "test");
        assertThat(result.notices()).as("one notice at most for %s", path).hasSizeLessThanOrEqualTo(1);
        for (Notice n : result.notices()) {
            assertThat(n.message()).as("a detector failed on %s", path).doesNotStartWith("rule ");
            if (n.cause() != null) {
                assertThat(BUGS.stream().noneMatch(b -> b.isInstance(n.cause())))
                        .as("extractor bug on %s: %s at %s", path, n.cause(), Arrays.toString(n.cause().getStackTrace()))
                        .isTrue();
            }
        }
    }

    private static List<Fixture> fixtures() {
        List<Fixture> out = new ArrayList<>();
        for (RuleMeta rule : RuleCatalog.load().rules()) {
            for (RuleMeta.Example ex : rule.examples()) {
                ex.files().forEach((name, text) -> out.add(new Fixture(name, text.getBytes(StandardCharsets.UTF_8))));
            }
        }
        for (Path dir : List.of(Path.of("testdata/demo"), BadInputs.COMMITTED)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] bytes = BadInputs.withKeys(Files.readAllBytes(f), new ArrayList<>());
                    out.add(new Fixture(dir.relativize(f).toString().replace('\\', '/'), bytes));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
