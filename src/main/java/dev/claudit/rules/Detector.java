package dev.claudit.rules;

import dev.claudit.facts.FileFacts;

/** The logic of one rule: reads one file's facts, with the project for cross-file questions, and reports. */
public interface Detector {

    /** The rule id this detector implements; its metadata lives in {@code rules/<id>.yml}. */
    String ruleId();

    void detect(FileFacts file, ScanContext context, Reporter out);

    /** Receives findings from a detector. */
    @FunctionalInterface
    interface Reporter {
        void report(Finding finding);
    }
}
