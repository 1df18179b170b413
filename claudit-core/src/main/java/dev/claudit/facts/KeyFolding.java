package dev.claudit.facts;

/**
 * A key lower-cased without its separators, the comparison both setting keys ({@code api-key}, {@code apiKey} and
 * {@code api_key} are one Spring property) and JSON member names ({@code max_tokens}, {@code maxTokens}) are made
 * with. Asked of every setting and every JSON member (a project's JSON can hold 100,000 keys), so a key already in
 * its folded form is returned as it is, and ASCII is lowered without {@link Character#toLowerCase(char)}, whose
 * table look-up C1 does not inline.
 */
final class KeyFolding {

    private KeyFolding() {
    }

    /** {@code -} and {@code _} always; {@code .} and space too when {@code dotsAndSpaces}. */
    static boolean separator(char c, boolean dotsAndSpaces) {
        return c == '-' || c == '_' || dotsAndSpaces && (c == '.' || c == ' ');
    }

    static char lower(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** {@code key} lower-cased without its separators. */
    static String fold(String key, boolean dotsAndSpaces) {
        int n = key.length();
        int first = 0;
        while (first < n) {
            char c = key.charAt(first);
            if (separator(c, dotsAndSpaces) || lower(c) != c) break;
            first++;
        }
        if (first == n) return key;
        char[] out = new char[n];
        key.getChars(0, first, out, 0);
        int length = first;
        for (int i = first; i < n; i++) {
            char c = key.charAt(i);
            if (!separator(c, dotsAndSpaces)) out[length++] = lower(c);
        }
        return new String(out, 0, length);
    }
}
