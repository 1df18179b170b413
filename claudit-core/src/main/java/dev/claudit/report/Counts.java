package dev.claudit.report;

import dev.claudit.rules.Finding;

/** How many reported findings a scan has at each level, and how many were suppressed; for summaries. */
public record Counts(int errors, int warnings, int notes, int suppressed) {

    public static Counts of(ScanResult result) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Finding f : result.findings()) {
            switch (f.level()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
                case NONE -> { }
            }
        }
        return new Counts(errors, warnings, notes, result.suppressed().size());
    }

    public int reported() {
        return errors + warnings + notes;
    }
}
