package dev.claudit.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A string without CR is indexed by {@code String.indexOf}; any other text a character at a time. Both give the
 * same lines and positions: a string and the same text as a {@code StringBuilder} (always read a character at a
 * time) are indexed alike, on random texts of LF, CR, CRLF and other characters.
 */
class LineIndexPropertyTest {

    @Property(tries = 3000)
    void stringAndCharSequenceAgree(@ForAll("texts") String text) {
        LineIndex fast = new LineIndex("f", text);
        LineIndex plain = new LineIndex("f", new StringBuilder(text));
        assertThat(fast.lineCount()).as(text).isEqualTo(plain.lineCount());
        for (int line = 1; line <= plain.lineCount(); line++) assertThat(fast.lineStart(line)).isEqualTo(plain.lineStart(line));
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(fast.span(offset, 2)).isEqualTo(plain.span(offset, 2));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "bc", "\n", "\n", "\r", "\r\n", "\u00e9", "\u2028", " ", "\n\n")
                .list().ofMaxSize(20).map(l -> String.join("", l));
    }
}
