package dev.claudit.report;

import dev.claudit.rules.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A finding's identity that survives edits elsewhere in the file: SARIF {@code partialFingerprints} and the
 * baseline both use it. It never depends on line or column, and never reveals the secret it hashes.
 */
public final class Fingerprints {

    /** The key under {@code partialFingerprints}; bump the version if the hash input ever changes. */
    public static final String SARIF_KEY = "claudit/v1";

    private Fingerprints() {
    }

    /**
     * 32 hex characters of SHA-256 over the rule, the path and either the secret (credential findings)
     * or the normalised matched text.
     */
    public static String partialFingerprint(Finding finding) {
        String path = finding.location().path();
        String subject = finding.secret() != null
                ? "secret\u0000" + finding.secret()
                : "text\u0000" + normalise(finding.matchedText());
        return sha256(finding.ruleId() + "\u0000" + path + "\u0000" + subject).substring(0, 32);
    }

    /** Trimmed, whitespace collapsed to one space, lower-cased: reformatting a line does not change the identity. */
    static String normalise(String matchedText) {
        if (matchedText == null) return "";
        return matchedText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
