package dev.claudit.rules;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Keywords;

/** The logic of one rule: reads one file's facts, with the project for cross-file questions, and reports. */
public interface Detector {

    /** The rule id this detector implements; its metadata lives in {@code rules/<id>.yml}. */
    String ruleId();

    void detect(FileFacts file, ScanContext context, Reporter out);

    /**
     * What a file's bytes must contain for this rule to report in it — or in a file that reads a constant or
     * setting from it. Files with no keyword of any rule are neither decoded nor parsed, so a keyword missing
     * here is a finding lost. The default (every file) is always correct but turns the prefilter off.
     */
    default Keywords keywords(RuleData data) {
        return Keywords.everyFile();
    }

    /**
     * Whether a finding depends on what other files do not hold (a header an interceptor elsewhere may add): such a
     * rule cannot judge one file alone, so {@code scan --history} does not run it on each blob.
     */
    default boolean readsOtherFiles() {
        return false;
    }

    /** Receives findings from a detector. */
    @FunctionalInterface
    interface Reporter {
        void report(Finding finding);
    }
}
