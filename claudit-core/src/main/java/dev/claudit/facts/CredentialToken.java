package dev.claudit.facts;

/**
 * What every Anthropic credential looks like before its format is known: the {@code sk-ant-} mark, then a family
 * with a two-digit version and a body ({@code sk-ant-api03-…}, {@code sk-ant-admin01-…}), all of
 * {@code [A-Za-z0-9_-]}. The one definition the scanners, the classifier and the redactor share.
 */
public final class CredentialToken {

    public static final String MARK = "sk-ant-";

    private CredentialToken() {
    }

    public static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /**
     * The length of {@code sk-ant-<family><nn>-} at the start of {@code token} for a family and any two-digit version
     * ({@code api03}, {@code api04}, {@code admin02}), or -1.
     */
    public static int prefixLength(String token, String family) {
        int digits = MARK.length() + family.length();
        int end = digits + 3;
        if (token.length() < end || !token.startsWith(MARK) || !token.startsWith(family, MARK.length())) return -1;
        boolean versioned = isDigit(token.charAt(digits)) && isDigit(token.charAt(digits + 1)) && token.charAt(digits + 2) == '-';
        return versioned ? end : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
