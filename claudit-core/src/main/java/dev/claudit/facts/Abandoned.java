package dev.claudit.facts;

/**
 * Thrown inside a file's extraction, folding or rules once the scan has given up on that work (its thread was
 * interrupted at the budget), so that abandoned work stops instead of burning CPU. Carries no file content.
 */
public final class Abandoned extends RuntimeException {

    private Abandoned() {
        super("given up at the budget", null, false, false);
    }

    /** Throws when the scan has given up on what this thread is doing. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new Abandoned();
    }
}
