package dev.claudit.rules;

import dev.claudit.facts.CredentialToken;

import java.util.Locale;
import java.util.Optional;

/** Decides whether a credential-shaped token is a real Anthropic credential or a placeholder. */
public final class Credentials {

    /** What every Anthropic credential starts with. */
    public static final String MARK = CredentialToken.MARK;

    private final RuleData data;

    public Credentials(RuleData data) {
        this.data = data;
    }

    /** A credential found in text: where it starts inside the text, the token, and its format. */
    public record Match(int start, String token, RuleData.CredentialFormat format) {
    }

    /** The first real credential inside {@code text}, skipping placeholders. */
    public Optional<Match> find(String text) {
        int from = 0;
        while (true) {
            int i = text.indexOf(MARK, from);
            if (i < 0) return Optional.empty();
            int end = i + MARK.length();
            while (end < text.length() && isTokenChar(text.charAt(end))) end++;
            if (i == 0 || !isTokenChar(text.charAt(i - 1))) {
                String token = text.substring(i, end);
                Optional<RuleData.CredentialFormat> f = classify(token);
                if (f.isPresent()) return Optional.of(new Match(i, token, f.get()));
            }
            from = Math.max(end, i + 1);
        }
    }

    /** The format of a whole token when it is a real credential (not a placeholder). */
    public Optional<RuleData.CredentialFormat> classify(String token) {
        for (RuleData.CredentialFormat f : data.credentialFormats()) {
            int prefix = f.prefixLength(token);
            if (prefix < 0) continue;
            String body = token.substring(prefix);
            if (f.bodyLength() > 0 && body.length() != f.bodyLength()) return Optional.empty();
            if (f.suffix() != null && !body.endsWith(f.suffix())) return Optional.empty();
            if (f.minBodyLength() > 0 && body.length() < f.minBodyLength()) return Optional.empty();
            return isPlaceholder(body) ? Optional.empty() : Optional.of(f);
        }
        return Optional.empty();
    }

    /** Placeholder words, long runs of one character, or too little entropy. */
    public boolean isPlaceholder(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String w : data.placeholderWords()) if (lower.contains(w.toLowerCase(Locale.ROOT))) return true;
        int run = 1;
        for (int i = 1; i < body.length(); i++) {
            run = body.charAt(i) == body.charAt(i - 1) ? run + 1 : 1;
            if (run > data.maxRepeatRun()) return true;
        }
        return entropy(body) < data.minEntropy() || repeatsPattern(body);
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        if (s.isEmpty()) return 0;
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) counts[c]++;
            else other++;
        }
        double h = 0;
        for (int c : counts) h -= term(c, s.length());
        return h - term(other, s.length());
    }

    private static double term(int count, int n) {
        if (count == 0) return 0;
        double p = (double) count / n;
        return p * Math.log(p) / Math.log(2);
    }

    /** A body made of one short unit repeated ({@code abcabcabc...}). */
    private static boolean repeatsPattern(String body) {
        for (int unit = 1; unit <= 8 && unit * 4 <= body.length(); unit++) {
            boolean repeats = true;
            for (int i = unit; i < body.length() - 2 && repeats; i++) repeats = body.charAt(i) == body.charAt(i % unit);
            if (repeats) return true;
        }
        return false;
    }

    static boolean isTokenChar(char c) {
        return CredentialToken.isTokenChar(c);
    }
}
