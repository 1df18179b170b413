package dev.claudit.rules.detectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FrontendExposedKey#publicPrefix}, which turns names away by their first character, answers as trying each
 * prefix with {@code regionMatches} does: random names and prefix lists, of both cases, the long s and the Kelvin
 * sign (which match ASCII letters ignoring case), and empty prefixes.
 */
class PublicPrefixPropertyTest {

    @Property(tries = 5000)
    void asEveryPrefixTried(@ForAll("names") String var, @ForAll("prefixLists") List<String> prefixes) {
        Optional<String> expected = Optional.empty();
        for (String p : prefixes) {
            if (var.length() > p.length() && var.regionMatches(true, 0, p, 0, p.length())) {
                expected = Optional.of(var.substring(0, p.length()));
                break;
            }
        }
        assertThat(FrontendExposedKey.publicPrefix(var, FrontendExposedKey.PublicPrefixes.of(prefixes))).as(var + " " + prefixes)
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("V", "v", "ITE_", "S", "s", "\u017f", "\u212a", "k", "K", "_", "x", "NEXT_PUBLIC_", "\u00e9", "EY")
                .list().ofMaxSize(5).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> prefixLists() {
        return Arbitraries.of("VITE_", "vite_", "S", "SK_", "K", "k", "NEXT_PUBLIC_", "", "\u00e9", "\u017fX", "\u212aEY", "_")
                .list().ofMaxSize(4);
    }
}
