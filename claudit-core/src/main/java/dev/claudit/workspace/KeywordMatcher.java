package dev.claudit.workspace;

import dev.claudit.facts.Keywords;

import dev.claudit.facts.FileKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds whether any of a set of {@link Keywords} occurs in raw bytes: one pass, no decoding, no allocation.
 * A q-gram filter with a fixed stride: every occurrence of a keyword covers a window of the shortest keyword's
 * length {@code m}, and that window holds exactly one of the three-byte blocks ending every {@code m - 2}
 * bytes. So only those blocks are looked up, in a bit table of the blocks of every keyword's first {@code m}
 * bytes; a hit (rare) is verified in place. The loop's iterations do not depend on each other, so the CPU
 * overlaps them. Blocks are hashed after {@code (b | 0x20) & 0x7F}, which folds ASCII letters to lower case
 * (and merges a few other bytes, harmless in a filter), so one table serves case-sensitive and
 * case-insensitive keywords alike; verification compares exactly or folded.
 */
public final class KeywordMatcher {

    private static final int[] FOLD = new int[256];
    private static final int HASH_BITS = 16;

    static {
        for (int i = 0; i < 256; i++) FOLD[i] = i >= 'A' && i <= 'Z' ? i + 32 : i;
    }

    private final boolean always;
    private final byte[][] patterns;
    private final boolean[] ignoreCase;
    private final boolean[] wholeWord;
    private final boolean[] propertyName;
    /** By file kind: the table of the keywords that apply to that kind (kinds with the same keywords share one), or null. */
    private final Table[] tables;

    /**
     * The blocks of some keywords. {@code block}: bytes per block (3, or the shortest keyword's length when that is
     * shorter); {@code stride}: bytes between the blocks looked up; {@code candidates}: per hash, (keyword index << 8
     * | offset of the block's last byte in the keyword).
     */
    private record Table(int shortest, int block, int stride, long[] bits, int[][] candidates) {
    }

    private KeywordMatcher(Keywords keywords) {
        this(keywords.isEveryFile(), dedupe(keywords.list()));
    }

    /** A matcher of exactly these keywords, in this order (none dropped as implied by another): see {@link #present}. */
    static KeywordMatcher exactly(List<Keywords.Keyword> keywords) {
        return new KeywordMatcher(false, List.copyOf(keywords));
    }

    private KeywordMatcher(boolean always, List<Keywords.Keyword> list) {
        this.always = always;
        int n = list.size();
        patterns = new byte[n][];
        ignoreCase = new boolean[n];
        wholeWord = new boolean[n];
        propertyName = new boolean[n];
        for (int p = 0; p < n; p++) {
            Keywords.Keyword k = list.get(p);
            byte[] bytes = k.text().getBytes(StandardCharsets.UTF_8);
            if (k.ignoreCase()) for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) FOLD[bytes[i] & 0xff];
            patterns[p] = bytes;
            ignoreCase[p] = k.ignoreCase();
            wholeWord[p] = k.wholeWord();
            propertyName[p] = k.propertyName();
        }
        // a table per distinct set of keywords: Java files are not slowed down by short keywords meant for YAML
        tables = new Table[FileKind.values().length];
        java.util.Map<List<Integer>, Table> built = new java.util.HashMap<>();
        for (FileKind kind : FileKind.values()) {
            List<Integer> applying = new ArrayList<>();
            for (int p = 0; p < n; p++) if (list.get(p).appliesTo(kind)) applying.add(p);
            if (!applying.isEmpty()) tables[kind.ordinal()] = built.computeIfAbsent(applying, this::table);
        }
    }

    private Table table(List<Integer> keywords) {
        int shortest = 255;
        for (int p : keywords) shortest = Math.min(shortest, patterns[p].length);
        int block = Math.min(3, shortest);
        long[] bits = new long[(1 << HASH_BITS) / 64];
        java.util.Map<Integer, List<Integer>> cands = new java.util.HashMap<>();
        for (int p : keywords) {
            byte[] pat = patterns[p];
            for (int j = block - 1; j < shortest; j++) {
                int h = hash(pat, j, block);
                bits[h >>> 6] |= 1L << h;
                cands.computeIfAbsent(h, k -> new ArrayList<>(2)).add(p << 8 | j);
            }
        }
        int[][] candidates = new int[1 << HASH_BITS][];
        cands.forEach((h, c) -> candidates[h] = c.stream().mapToInt(Integer::intValue).toArray());
        return new Table(shortest, block, shortest - block + 1, bits, candidates);
    }

    /** Compiles keywords; {@link Keywords#everyFile()} gives a matcher that always answers true. */
    public static KeywordMatcher of(Keywords keywords) {
        return new KeywordMatcher(keywords);
    }

    /** True when this matcher accepts everything (some rule declared no keywords). */
    public boolean acceptsEverything() {
        return always;
    }

    /** False when no keyword applies to files of this kind: their bytes need not even be read. */
    public boolean mayMatch(FileKind kind) {
        return always || tables[kind.ordinal()] != null;
    }

    /** True when some keyword that applies to files of {@code kind} occurs in {@code bytes[from, to)}. */
    public boolean test(byte[] bytes, int from, int to, FileKind kind) {
        if (always) return true;
        Table t = tables[kind.ordinal()];
        if (t == null) return false;
        if (t.block < 3) {
            for (int i = from + t.shortest - 1; i < to; i += t.stride) {
                int h = hash(bytes, i, t.block);
                if ((t.bits[h >>> 6] & (1L << h)) != 0 && verify(t, h, bytes, i, from, to)) return true;
            }
            return false;
        }
        // the hot loop, written out for three-byte blocks: no call, no branch but the table's
        final long[] table = t.bits;
        final int step = t.stride;
        for (int i = from + t.shortest - 1; i < to; i += step) {
            int v = ((bytes[i - 2] | 0x20) & 0x7F) << 14 | ((bytes[i - 1] | 0x20) & 0x7F) << 7 | ((bytes[i] | 0x20) & 0x7F);
            int h = (v * 0x9E3779B1) >>> (32 - HASH_BITS);
            if ((table[h >>> 6] & (1L << h)) != 0 && verify(t, h, bytes, i, from, to)) return true;
        }
        return false;
    }

    /**
     * Sets in {@code out} the index of every keyword (in the order given to {@link #exactly}) that occurs in
     * {@code bytes[from, to)} of a file of this kind: one pass over the bytes, however many keywords. Every occurrence
     * of a keyword covers one looked-up block (see the class comment), so none is missed.
     */
    void present(byte[] bytes, int from, int to, FileKind kind, java.util.BitSet out) {
        Table t = tables[kind.ordinal()];
        if (t == null) return;
        for (int i = from + t.shortest - 1; i < to; i += t.stride) {
            int h = hash(bytes, i, t.block);
            if ((t.bits[h >>> 6] & (1L << h)) == 0) continue;
            for (int c : t.candidates[h]) {
                int p = c >>> 8;
                int start = i - (c & 0xff);
                if (!out.get(p) && start >= from && matchesAt(p, bytes, start, from, to)) out.set(p);
            }
        }
    }

    private boolean verify(Table t, int h, byte[] bytes, int i, int from, int to) {
        for (int c : t.candidates[h]) {
            int start = i - (c & 0xff);
            if (start >= from && matchesAt(c >>> 8, bytes, start, from, to)) return true;
        }
        return false;
    }

    /** The hash of the {@code block} bytes that end at {@code i}. */
    private static int hash(byte[] b, int i, int block) {
        int v = (b[i] | 0x20) & 0x7F;
        if (block >= 2) v |= ((b[i - 1] | 0x20) & 0x7F) << 7;
        if (block >= 3) v |= ((b[i - 2] | 0x20) & 0x7F) << 14;
        return (v * 0x9E3779B1) >>> (32 - HASH_BITS);
    }

    /** The same test over a whole array. */
    public boolean test(byte[] bytes, FileKind kind) {
        return test(bytes, 0, bytes.length, kind);
    }

    /** The same test over text (encoded as UTF-8): for values, not files. */
    public boolean test(CharSequence text, FileKind kind) {
        if (always) return true;
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        return test(b, 0, b.length, kind);
    }

    private boolean matchesAt(int p, byte[] bytes, int start, int from, int to) {
        byte[] pat = patterns[p];
        if (start + pat.length > to) return false;
        if (ignoreCase[p]) {
            for (int k = 0; k < pat.length; k++) if (FOLD[bytes[start + k] & 0xff] != (pat[k] & 0xff)) return false;
        } else {
            for (int k = 0; k < pat.length; k++) if (bytes[start + k] != pat[k]) return false;
        }
        if (wholeWord[p]) {
            if (start > from && isWordByte(bytes[start - 1])) return false;
            int end = start + pat.length;
            if (end < to && isWordByte(bytes[end])) return false;
        }
        return !propertyName[p] || startsPropertyName(bytes, start, from);
    }

    /** True when what ends before {@code start} opens a property's name: a quote, an opening brace or {@code vars.}, then blanks. */
    private static boolean startsPropertyName(byte[] bytes, int start, int from) {
        int i = start - 1;
        while (i >= from && (bytes[i] == ' ' || bytes[i] == '\t')) i--;
        if (i < from) return false;
        byte b = bytes[i];
        if (b == '"' || b == '\'' || b == '`' || b == '{') return true;
        return b == '.' && i - 4 >= from && bytes[i - 4] == 'v' && bytes[i - 3] == 'a' && bytes[i - 2] == 'r' && bytes[i - 1] == 's';
    }

    /** Letters, digits, {@code _}, {@code $} and any non-ASCII byte continue an identifier. */
    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '$' || b < 0;
    }

    /**
     * Drops keywords another one implies: a file holding {@code api.anthropic.ai} holds {@code anthropic}. Fewer,
     * shorter keywords mean fewer blocks in the table and longer jumps.
     */
    static List<Keywords.Keyword> dedupe(List<Keywords.Keyword> list) {
        return dedupeCounting(list).kept();
    }

    /** The keywords kept, and how many look-ups and comparisons it took (linear in the number of keywords). */
    record Deduped(List<Keywords.Keyword> kept, long steps) {
    }

    /**
     * {@link #dedupe} in time linear in the number of keywords (CrossFileReach hands over thousands of words): a keyword
     * can only be implied by one whose text is a substring of its own, so each keyword looks up its own substrings in
     * an index of the others' texts instead of being compared with all of them. Of keywords with the same text (folded
     * when they ignore case), the same case rule and the same kinds, only the first is indexed: it implies every later
     * one, and the later ones imply nothing it does not. Whole-word and property-name keywords imply only
     * their equals, dropped first.
     */
    static Deduped dedupeCounting(List<Keywords.Keyword> list) {
        return new Dedupe(list).run();
    }

    /** One run of {@link #dedupeCounting}: the index of texts and the steps taken. */
    private static final class Dedupe {
        private final List<Keywords.Keyword> distinct;
        /** Text as compared, to the first index of each kind set with that text: exact keywords, and those ignoring case (folded). */
        private final java.util.Map<String, List<Integer>> exact = new java.util.HashMap<>();
        private final java.util.Map<String, List<Integer>> folded = new java.util.HashMap<>();
        private long steps;

        Dedupe(List<Keywords.Keyword> list) {
            distinct = new ArrayList<>(new java.util.LinkedHashSet<>(list));
            for (int i = 0; i < distinct.size(); i++) {
                Keywords.Keyword k = distinct.get(i);
                if (k.wholeWord() || k.propertyName()) continue; // they imply only their equals
                List<Integer> same = (k.ignoreCase() ? folded : exact)
                        .computeIfAbsent(k.ignoreCase() ? lower(k.text()) : k.text(), t -> new ArrayList<>(1));
                boolean indexed = false;
                for (int j : same) {
                    steps++;
                    indexed |= distinct.get(j).kinds().equals(k.kinds());
                }
                if (!indexed) same.add(i);
            }
        }

        Deduped run() {
            List<Keywords.Keyword> out = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                Keywords.Keyword k = distinct.get(i);
                boolean implied = !k.wholeWord() && (impliedBySubstring(i, lower(k.text()), folded)
                        || (!k.ignoreCase() && impliedBySubstring(i, k.text(), exact)));
                if (!implied) out.add(k);
            }
            return new Deduped(out, steps);
        }

        /** True when a keyword indexed under a substring of {@code text} implies keyword {@code i}. */
        private boolean impliedBySubstring(int i, String text, java.util.Map<String, List<Integer>> index) {
            for (int from = 0; from < text.length(); from++) {
                for (int to = from + 1; to <= text.length(); to++) {
                    steps++;
                    List<Integer> candidates = index.get(text.substring(from, to));
                    if (candidates != null && impliedBy(candidates, i)) return true;
                }
            }
            return false;
        }

        /** True when one of the {@code candidates} implies keyword {@code i}; of two equivalent ones the first is kept. */
        private boolean impliedBy(List<Integer> candidates, int i) {
            Keywords.Keyword k = distinct.get(i);
            for (int j : candidates) {
                steps++;
                if (j == i) continue;
                Keywords.Keyword o = distinct.get(j);
                if (implies(o, k) && (!implies(k, o) || j < i)) return true;
            }
            return false;
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** True when every occurrence of {@code b} contains an occurrence of {@code a}, in every kind {@code b} counts in. */
    private static boolean implies(Keywords.Keyword a, Keywords.Keyword b) {
        if (a.wholeWord() || b.wholeWord() || a.propertyName()) return a.equals(b); // b's bound only makes it rarer
        if (!a.kinds().isEmpty() && (b.kinds().isEmpty() || !a.kinds().containsAll(b.kinds()))) return false;
        if (!a.ignoreCase() && b.ignoreCase()) return false;
        String at = a.text();
        String bt = b.text();
        if (a.ignoreCase()) {
            at = at.toLowerCase(java.util.Locale.ROOT);
            bt = bt.toLowerCase(java.util.Locale.ROOT);
        }
        return bt.contains(at);
    }
}
