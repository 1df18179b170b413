package dev.claudit.report;

import dev.claudit.facts.CredentialToken;
import dev.claudit.facts.Redactor;

/**
 * Text that may hold file content, made safe to print: the finding's secret masked, every piece of it too (a key
 * split as {@code "sk-ant-api03-" + "…"}, by shell quote joining or JS concatenation is shown in pieces), and any
 * credential-shaped token masked.
 */
final class Masked {

    /** Pieces of a found secret this long are masked anywhere in a line or path; shorter ones inside the finding's span. */
    static final int PIECE = 8;

    private Masked() {
    }

    /** Masks {@code secret} (if any) and its pieces of {@link #PIECE}+ characters wherever they occur, then every {@code sk-ant-} token. */
    static String text(String text, String secret) {
        return text(text, secret, 0, 0);
    }

    /**
     * As {@link #text(String, String)}, and inside {@code [from, to)} — the finding's span, where a key split into
     * pieces is written — every word that is a piece of {@code secret} (two characters or more) is masked too.
     */
    static String text(String text, String secret, int from, int to) {
        if (text == null) return null;
        if (secret == null || secret.isEmpty()) return Redactor.maskAll(text);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!CredentialToken.isTokenChar(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int j = i;
            while (j < text.length() && CredentialToken.isTokenChar(text.charAt(j))) j++;
            String word = text.substring(i, j);
            boolean inSpan = i < to && j > from;
            if (word.contains(secret)) out.append(word.replace(secret, Redactor.redact(secret)));
            else if ((word.length() >= PIECE || inSpan && word.length() >= 2) && secret.contains(word)) out.append(piece(word));
            else out.append(word);
            i = j;
        }
        return Redactor.maskAll(out.toString());
    }

    /** A piece of a secret: its {@code sk-ant-<kind>-} prefix, if it starts with one, and an ellipsis. */
    private static String piece(String word) {
        if (!word.startsWith(CredentialToken.MARK)) return "…";
        int dash = word.indexOf('-', CredentialToken.MARK.length());
        if (dash < 0 || dash == word.length() - 1) return word; // the public prefix alone
        return word.substring(0, dash + 1) + "…";
    }

    static String text(String text) {
        return Redactor.maskAll(text);
    }
}
