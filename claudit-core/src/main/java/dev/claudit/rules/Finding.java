package dev.claudit.rules;

import dev.claudit.facts.Location;

/**
 * One reported problem. The message is already redacted; {@code secret} (nullable) is the credential
 * itself, kept only so reports can mask it in source lines and hash it for fingerprints — never printed.
 *
 * @param ruleId      the rule's public id
 * @param level       severity after rule-level choices (e.g. deprecated vs retired)
 * @param location    where
 * @param message     redacted, human-readable
 * @param matchedText normalised text the finding is about (for fingerprints and baselines), never a secret
 * @param secret      the credential a credential finding is about, or null
 * @param provenance  the commit that introduced it, for findings in git history; null for the tree and the index
 */
public record Finding(String ruleId, Level level, Location location, String message, String matchedText, String secret,
                      Provenance provenance) {

    /** A finding in the files scanned, not in history. */
    public Finding(String ruleId, Level level, Location location, String message, String matchedText, String secret) {
        this(ruleId, level, location, message, matchedText, secret, null);
    }

    @Override
    public String toString() {
        return ruleId + "@" + location.path() + ":" + location.line() + ":" + location.column() + " " + message;
    }
}
