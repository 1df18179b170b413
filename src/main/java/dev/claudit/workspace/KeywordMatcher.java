package dev.claudit.workspace;

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
    /** Bytes per block (3, or the shortest keyword's length when that is shorter) and the stride between blocks. */
    private final int block;
    private final int stride;
    private final int shortest;
    private final long[] bits;
    /** Per hash: (keyword index << 8 | offset of the block's last byte in the keyword). */
    private final int[][] candidates;
    private final byte[][] patterns;
    private final boolean[] ignoreCase;
    private final boolean[] wholeWord;
    private final long[] kinds;

    private KeywordMatcher(Keywords keywords) {
        this.always = keywords.isEveryFile();
        List<Keywords.Keyword> list = dedupe(keywords.list());
        int n = list.size();
        patterns = new byte[n][];
        ignoreCase = new boolean[n];
        wholeWord = new boolean[n];
        kinds = new long[n];
        int min = Integer.MAX_VALUE;
        for (int p = 0; p < n; p++) {
            Keywords.Keyword k = list.get(p);
            byte[] bytes = k.text().getBytes(StandardCharsets.UTF_8);
            if (k.ignoreCase()) for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) FOLD[bytes[i] & 0xff];
            patterns[p] = bytes;
            ignoreCase[p] = k.ignoreCase();
            wholeWord[p] = k.wholeWord();
            long mask = 0;
            if (k.kinds().isEmpty()) mask = -1L;
            else for (FileKind kind : k.kinds()) mask |= 1L << kind.ordinal();
            kinds[p] = mask;
            min = Math.min(min, bytes.length);
        }
        shortest = n == 0 ? 0 : Math.min(min, 255);
        block = Math.min(3, shortest);
        stride = shortest - block + 1;
        if (n == 0) {
            bits = null;
            candidates = null;
            return;
        }
        bits = new long[(1 << HASH_BITS) / 64];
        List<List<Integer>> cands = new ArrayList<>(1 << HASH_BITS);
        for (int i = 0; i < 1 << HASH_BITS; i++) cands.add(null);
        for (int p = 0; p < n; p++) {
            byte[] pat = patterns[p];
            for (int j = block - 1; j < shortest; j++) {
                int h = hash(pat, j);
                bits[h >>> 6] |= 1L << h;
                if (cands.get(h) == null) cands.set(h, new ArrayList<>(2));
                cands.get(h).add(p << 8 | j);
            }
        }
        candidates = new int[1 << HASH_BITS][];
        for (int i = 0; i < 1 << HASH_BITS; i++) {
            List<Integer> c = cands.get(i);
            if (c != null) candidates[i] = c.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Compiles keywords; {@link Keywords#everyFile()} gives a matcher that always answers true. */
    public static KeywordMatcher of(Keywords keywords) {
        return new KeywordMatcher(keywords);
    }

    /** True when this matcher accepts everything (some rule declared no keywords). */
    public boolean acceptsEverything() {
        return always;
    }

    /** True when some keyword that applies to files of {@code kind} occurs in {@code bytes[from, to)}. */
    public boolean test(byte[] bytes, int from, int to, FileKind kind) {
        if (always) return true;
        if (shortest == 0) return false;
        long kindBit = 1L << kind.ordinal();
        if (block < 3) {
            for (int i = from + shortest - 1; i < to; i += stride) {
                int h = hash(bytes, i);
                if ((bits[h >>> 6] & (1L << h)) != 0 && verify(h, bytes, i, from, to, kindBit)) return true;
            }
            return false;
        }
        // the hot loop, written out for three-byte blocks: no call, no branch but the table's
        final long[] table = bits;
        final int step = stride;
        for (int i = from + shortest - 1; i < to; i += step) {
            int v = ((bytes[i - 2] | 0x20) & 0x7F) << 14 | ((bytes[i - 1] | 0x20) & 0x7F) << 7 | ((bytes[i] | 0x20) & 0x7F);
            int h = (v * 0x9E3779B1) >>> (32 - HASH_BITS);
            if ((table[h >>> 6] & (1L << h)) != 0 && verify(h, bytes, i, from, to, kindBit)) return true;
        }
        return false;
    }

    private boolean verify(int h, byte[] bytes, int i, int from, int to, long kindBit) {
        for (int c : candidates[h]) {
            int p = c >>> 8;
            int start = i - (c & 0xff);
            if (start >= from && (kinds[p] & kindBit) != 0 && matchesAt(p, bytes, start, from, to)) return true;
        }
        return false;
    }

    /** The hash of the block that ends at {@code i}. */
    private int hash(byte[] b, int i) {
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
        return true;
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
        List<Keywords.Keyword> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Keywords.Keyword k = list.get(i);
            boolean implied = false;
            for (int j = 0; j < list.size() && !implied; j++) {
                if (i == j) continue;
                Keywords.Keyword o = list.get(j);
                implied = implies(o, k) && (!implies(k, o) || j < i); // of two equivalent ones keep the first
            }
            if (!implied) out.add(k);
        }
        return out;
    }

    /** True when every occurrence of {@code b} contains an occurrence of {@code a}, in every kind {@code b} counts in. */
    private static boolean implies(Keywords.Keyword a, Keywords.Keyword b) {
        if (a.wholeWord() || b.wholeWord()) return a.equals(b);
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
