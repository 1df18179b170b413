package dev.claudit.facts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Place#importsTestFramework}, which tries the import pattern at line starts only, finds what the pattern's
 * {@code find} finds, on random texts of import pieces and every kind of line terminator.
 */
class TestImportPropertyTest {

    @Property(tries = 5000)
    void findsWhatFindFinds(@ForAll("texts") String text) {
        assertThat(Place.importsTestFramework(text)).as(text).isEqualTo(Place.TEST_IMPORT.matcher(text).find());
    }

    @Property(tries = 5000)
    void findsWhatFindFindsAmongFewPieces(@ForAll("fewPieces") String text) {
        assertThat(Place.importsTestFramework(text)).as(text).isEqualTo(Place.TEST_IMPORT.matcher(text).find());
    }

    /** Few pieces, so that a good share of the texts hold an import the pattern finds. */
    @Provide
    Arbitrary<String> fewPieces() {
        return Arbitraries.of("import ", "org.junit.", " ", "\n", "\r", "\r\n", "\u2028", "\u0085", "\t", "x", "from 'vitest'",
                        "import a ", "const a = require('tap')", "i")
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("import ", "import static ", "org.junit.", "org.junit", "org.testng.",
                "io.kotest.", "x", ";", " ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f",
                "from ", "'vitest'", "\"mocha\"", "'ava'", "'tap'", "const ", "let ", "var ", "t = ", "require(",
                " 'node:test'", ")", "import { a } ", "package a;", "// ");
        return piece.list().ofMaxSize(14).map(l -> String.join("", l));
    }
}
