package dev.claudit.report;

import dev.claudit.facts.Redactor;

/** Text that may hold file content, made safe to print: the finding's exact secret and any credential-shaped token masked. */
final class Masked {

    private Masked() {
    }

    /** Masks {@code secret} (if any) wherever it occurs, then every {@code sk-ant-} token. */
    static String text(String text, String secret) {
        if (text == null) return null;
        String out = secret == null || secret.isEmpty() ? text : text.replace(secret, Redactor.redact(secret));
        return Redactor.maskAll(out);
    }

    static String text(String text) {
        return Redactor.maskAll(text);
    }
}
