package dev.claudit.rules.detectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InsecureTransport#indexOfPlain}, which finds each {@code ://} and looks behind it, answers as trying
 * {@code http://} and {@code ws://} at every index with {@code regionMatches} does: random texts of scheme pieces in
 * both cases, the long s (which matches {@code s} ignoring case), word characters before them, and any start.
 */
class PlainSchemeIndexPropertyTest {

    /** The search as it was first written: every index tried. */
    static int tryingEveryIndex(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if ((text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "ws://", 0, 5))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    @Property(tries = 10000)
    void asEveryIndexTried(@ForAll("texts") String text, @ForAll @IntRange(min = -2, max = 30) int from) {
        assertThat(InsecureTransport.indexOfPlain(text, from)).as("[" + text + "] from " + from).isEqualTo(tryingEveryIndex(text, from));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("http", "HTTP", "hTtp", "https", "ws", "WS", "w\u017f", "wss", "://", ":/", "/", ":", "x", "1", " ",
                        "\u00e9", "h", "tp", "s", "api.anthropic.com")
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }
}
