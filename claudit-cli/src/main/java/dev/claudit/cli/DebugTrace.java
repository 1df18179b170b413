package dev.claudit.cli;

import dev.claudit.facts.Redactor;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Stack traces of contained failures for {@code --debug}. Frames are printed in full (they name code, never
 * content); a message is printed only when its class cannot have quoted the scanned file — parsers' messages
 * (javaparser problems, snakeyaml snippets, Jackson's "near" text) can, so theirs are withheld — and every
 * message is masked as reports are.
 */
final class DebugTrace {

    /** Deep recursions (stack overflows) would print a thousand identical frames. */
    private static final int MAX_FRAMES = 40;

    /** JDK exceptions whose messages describe indices, types or paths, not input text. */
    private static final Set<String> STRUCTURAL = Set.of("java.lang.NullPointerException",
            "java.lang.ArrayIndexOutOfBoundsException", "java.lang.StringIndexOutOfBoundsException",
            "java.lang.IndexOutOfBoundsException", "java.lang.ClassCastException", "java.lang.ArithmeticException",
            "java.lang.StackOverflowError", "java.lang.OutOfMemoryError", "java.util.concurrent.RejectedExecutionException");

    private DebugTrace() {
    }

    /** The failure's class and, when safe, its masked message: {@code IllegalStateException: ...}. */
    static String headline(Throwable t, Collection<String> secrets) {
        String name = t.getClass().getName();
        String message = t.getMessage();
        if (message == null) return name;
        if (!mayShowMessage(t)) return name + " (message withheld: it may quote the scanned file)";
        return name + ": " + mask(message, secrets);
    }

    /** Prints {@code t}, its frames and its causes, masked; secrets are the credentials this scan found. */
    static void print(Throwable t, Collection<String> secrets, PrintWriter err) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable cur = t; cur != null && seen.add(cur); cur = cur.getCause()) {
            err.println(prefix + headline(cur, secrets));
            StackTraceElement[] frames = cur.getStackTrace();
            int shown = Math.min(frames.length, MAX_FRAMES);
            for (int i = 0; i < shown; i++) err.println("\tat " + printable(frames[i].toString()));
            if (frames.length > shown) err.println("\t... " + (frames.length - shown) + " more");
            prefix = "Caused by: ";
        }
        err.flush();
    }

    static boolean mayShowMessage(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("dev.claudit.") || STRUCTURAL.contains(name) || t instanceof FileSystemException;
    }

    private static String mask(String message, Collection<String> secrets) {
        String out = message;
        for (String s : secrets) {
            if (s != null && !s.isEmpty()) out = out.replace(s, Redactor.redact(s));
        }
        return printable(Redactor.maskAll(out));
    }

    /** Control characters and bidirectional overrides become {@code ?} so a message cannot drive the terminal. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append((c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069) ? '?' : c);
        }
        return out.toString();
    }
}
