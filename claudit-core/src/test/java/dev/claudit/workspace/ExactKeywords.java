package dev.claudit.workspace;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether raw bytes hold what one rule's {@link Keywords} ask for, pairs that count only together included, written
 * the plain way (a matcher per rule and per side of each pair): the reference {@link RuleKeywords}, which answers for
 * every rule in one pass, is held to.
 */
public final class ExactKeywords {

    private final KeywordMatcher alone;
    private final List<ExactKeywords[]> pairs = new ArrayList<>();

    private ExactKeywords(Keywords keywords) {
        this.alone = KeywordMatcher.of(keywords.alone());
        for (Keywords.Together t : keywords.together()) pairs.add(new ExactKeywords[]{of(t.first()), of(t.second())});
    }

    public static ExactKeywords of(Keywords keywords) {
        return new ExactKeywords(keywords);
    }

    /** True when {@code bytes[from, to)} of a file of this kind holds a keyword that counts alone, or both of a pair. */
    public boolean test(byte[] bytes, int from, int to, FileKind kind) {
        if (alone.test(bytes, from, to, kind)) return true;
        for (ExactKeywords[] p : pairs) {
            if (p[0].test(bytes, from, to, kind) && p[1].test(bytes, from, to, kind)) return true;
        }
        return false;
    }
}
