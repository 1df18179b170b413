package dev.claudit.report;

import dev.claudit.facts.CredentialToken;
import dev.claudit.facts.EscapedText;
import dev.claudit.facts.Redactor;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that may hold file content, made safe to print: the finding's secret masked, every piece of it too (a key
 * split as {@code "sk-ant-api03-" + "…"}, by shell quote joining or JS concatenation is shown in pieces), and any
 * credential-shaped token masked; a key written with escapes ({@link EscapedText}) is masked over its whole written span.
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
        text = escaped(text); // first: masking a plain piece of an escaped key would hide the rest from it
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
        return text == null ? null : Redactor.maskAll(escaped(text));
    }

    /**
     * Masks the keys written with escapes or joined quotes ({@link EscapedText}): the whole written span, escapes
     * included, becomes the masked key, so no piece of it is shown whatever finding the line is printed for.
     */
    private static String escaped(String text) {
        if (text == null || !EscapedText.mayChange(text)) return text;
        EscapedText decoded = EscapedText.of(text);
        String d = decoded.text();
        StringBuilder out = new StringBuilder(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = d.indexOf(MARK); i >= 0; i = d.indexOf(MARK, i + 1)) {
            int end = i + MARK.length();
            while (end < d.length() && tokenChar(d.charAt(end))) end++;
            if (decoded.changed(i, end)) spans.add(new int[]{i, end});
        }
        for (int k = spans.size() - 1; k >= 0; k--) {
            int[] s = spans.get(k);
            out.replace(decoded.origin()[s[0]], decoded.originEnd()[s[1] - 1], Redactor.redact(d.substring(s[0], s[1])));
        }
        return out.toString();
    }

    private static final String MARK = dev.claudit.facts.CredentialToken.MARK;

    private static boolean tokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
