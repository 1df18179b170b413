package dev.claudit.rules;

import java.util.Locale;

/** A finding's severity, ordered from most to least severe; {@code NONE} only as a fail-on threshold. */
public enum Level {
    ERROR, WARNING, NOTE, NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** True when this level is at or above {@code threshold} ({@code NONE} never fails). */
    public boolean atLeast(Level threshold) {
        return threshold != NONE && this != NONE && ordinal() <= threshold.ordinal();
    }
}
