package dev.claudit.rules;

import dev.claudit.facts.Location;

import java.util.Objects;

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

    // equals and hashCode are the record's own, written out: findings are deduplicated in a set in every scan that
    // reports, and the generated ones bootstrap method handles there, which a JDK 17 class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && Objects.equals(ruleId, f.ruleId) && level == f.level && Objects.equals(location, f.location)
                && Objects.equals(message, f.message) && Objects.equals(matchedText, f.matchedText)
                && Objects.equals(secret, f.secret) && Objects.equals(provenance, f.provenance);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(ruleId);
        h = 31 * h + Objects.hashCode(level);
        h = 31 * h + Objects.hashCode(location);
        h = 31 * h + Objects.hashCode(message);
        h = 31 * h + Objects.hashCode(matchedText);
        h = 31 * h + Objects.hashCode(secret);
        return 31 * h + Objects.hashCode(provenance);
    }

    @Override
    public String toString() {
        return ruleId + "@" + location.path() + ":" + location.line() + ":" + location.column() + " " + message;
    }
}
