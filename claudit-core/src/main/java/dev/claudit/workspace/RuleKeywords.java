package dev.claudit.workspace;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules' own {@link Keywords} a file holds, pairs that count only together included, from one pass over its
 * bytes: every keyword of every rule is looked for at once ({@link KeywordMatcher#present}), then each rule's
 * keywords are answered from what was found. It answers as a matcher per rule and per side of each pair does (a
 * property test holds it to that), which took a pass per rule, each over the whole file where its keywords were absent.
 */
public final class RuleKeywords {

    /** A rule's keywords as indexes into the matcher's list: any of {@code alone}, or both sides of a pair. */
    private record Need(int[] alone, List<Need[]> pairs) {
        boolean metBy(BitSet found) {
            for (int k : alone) if (found.get(k)) return true;
            for (Need[] p : pairs) if (p[0].metBy(found) && p[1].metBy(found)) return true;
            return false;
        }
    }

    private final KeywordMatcher matcher;
    private final Map<String, Need> rules = new LinkedHashMap<>();

    private RuleKeywords(Map<String, Keywords> byRule) {
        Map<Keywords.Keyword, Integer> index = new LinkedHashMap<>();
        byRule.forEach((rule, k) -> rules.put(rule, need(k, index)));
        matcher = KeywordMatcher.exactly(new ArrayList<>(index.keySet()));
    }

    /** The rules' keywords, by rule id; none of them may be {@link Keywords#everyFile()}. */
    public static RuleKeywords of(Map<String, Keywords> byRule) {
        for (Keywords k : byRule.values()) {
            if (k.isEveryFile()) throw new IllegalArgumentException("a rule that reads every file has no keywords to test");
        }
        return new RuleKeywords(byRule);
    }

    private static Need need(Keywords k, Map<Keywords.Keyword, Integer> index) {
        List<Keywords.Keyword> alone = k.alone().list();
        int[] ids = new int[alone.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = index.computeIfAbsent(alone.get(i), x -> index.size());
        List<Need[]> pairs = new ArrayList<>();
        for (Keywords.Together t : k.together()) pairs.add(new Need[]{need(t.first(), index), need(t.second(), index)});
        return new Need(ids, pairs);
    }

    /** The ids of the rules whose keywords {@code bytes[from, to)} of a file of this kind hold. */
    public Set<String> in(byte[] bytes, int from, int to, FileKind kind) {
        BitSet found = new BitSet();
        matcher.present(bytes, from, to, kind, found);
        Set<String> out = new HashSet<>();
        if (found.isEmpty()) return out;
        rules.forEach((rule, need) -> {
            if (need.metBy(found)) out.add(rule);
        });
        return out;
    }
}
