package dev.claudit.facts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EscapedText#mayDecodeToKeyMark} is a sound guard: whenever it says no, decoding the text does not give
 * {@code -ant-}, over texts of escapes (of the mark's characters and others), joined quotes, continuations, keys
 * written plainly and words around them.
 */
class KeyMarkGuardPropertyTest {

    @Property(tries = 20000)
    void noMeansTheDecodedTextHoldsNoMark(@ForAll("texts") String text) {
        if (!EscapedText.mayDecodeToKeyMark(text)) {
            assertThat(EscapedText.of(text).text()).as(text).doesNotContain("-ant-");
        }
    }

    @Property(tries = 2000)
    void aKeyWrittenWithAnEscapeOrAJoinIsLetThrough(@ForAll("escapedMarks") String text) {
        assertThat(EscapedText.of(text).text()).contains("-ant-");
        assertThat(EscapedText.mayDecodeToKeyMark(text)).as(text).isTrue();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("-", "a", "n", "t", "s", "k", "sk", "ant", "-ant", "nt-", "\\", "u", "x", "00", "2d", "2D", "61", "6e",
                        "6E", "74", "\\u00", "\\x", "\\u0061", "\\x2d", "\\n", "\\t", "\"", "'", "\"'", "''", "\n", "\r\n", "  ", "b", "0",
                        "q", "\\\\")
                .list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> escapedMarks() {
        return Arbitraries.of("sk\\u002dant-api03-", "sk-\\u0061nt-api03-", "sk-a\\x6et-admin01-", "sk-an\\u0074-x", "sk-ant\\x2Dx",
                "\"sk-\"'ant-api03'", "sk-a\"\"nt-x", "sk-\\\n    ant-x", "sk\\-ant-x", "sk-\\ant-x", "sk-ant-x");
    }
}
