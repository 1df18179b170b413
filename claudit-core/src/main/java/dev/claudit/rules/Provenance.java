package dev.claudit.rules;

/**
 * Where in git history a finding comes from ({@code scan --history} and {@code --commits}): the first commit that
 * introduced it, that commit's author date, and — when the scanned tip no longer has it — the commit that removed it.
 *
 * @param commit    full id of the commit that introduced the finding's content at its path
 * @param date      that commit's author date, ISO 8601 with offset
 * @param removedIn full id of the first later commit at whose version of the path the finding is gone, or null when
 *                  the tip still has it
 * @param inTip     whether the tip (HEAD, or the range's end) still has it
 */
public record Provenance(String commit, String date, String removedIn, boolean inTip) {

    /** The first seven characters of a commit id, as git abbreviates it. */
    public static String abbreviated(String commit) {
        return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
    }
}
