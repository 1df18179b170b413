package dev.claudit.facts;

/**
 * The one place credentials are masked for output: a credential keeps its {@code sk-ant-<kind>-} prefix
 * and at most its last four characters ({@code sk-ant-api03-…x7AA}). Every report, message and notice
 * goes through it.
 */
public final class Redactor {

    private static final String MARK = CredentialToken.MARK;

    private Redactor() {
    }

    /** The masked form of one credential. */
    public static String redact(String credential) {
        if (credential == null) return "";
        int prefixEnd = credential.startsWith(MARK) ? credential.indexOf('-', MARK.length()) + 1 : 0;
        if (prefixEnd <= 0) prefixEnd = Math.min(4, credential.length() / 4);
        String body = credential.substring(prefixEnd);
        // short bodies keep fewer characters so that no short secret is shown whole
        int keep = body.length() >= 24 ? 4 : body.length() >= 12 ? 2 : 0;
        return credential.substring(0, prefixEnd) + "…" + body.substring(body.length() - keep);
    }

    /** Masks every credential-shaped token ({@code sk-ant-...} with a body of 8+ characters) inside free text. */
    public static String maskAll(String text) {
        if (text == null || !text.contains(MARK)) return text;
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int i = text.indexOf(MARK, from);
            if (i < 0) {
                out.append(text, from, text.length());
                return out.toString();
            }
            int end = i + MARK.length();
            while (end < text.length() && CredentialToken.isTokenChar(text.charAt(end))) end++;
            int dash = text.indexOf('-', i + MARK.length());
            int bodyLen = dash > 0 && dash < end ? end - dash - 1 : end - i - MARK.length();
            out.append(text, from, i);
            out.append(bodyLen >= 8 ? redact(text.substring(i, end)) : text.substring(i, end));
            from = end;
        }
    }
}
