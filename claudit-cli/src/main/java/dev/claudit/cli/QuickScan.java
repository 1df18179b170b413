package dev.claudit.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code claudit scan ...} parsed without picocli, whose class loading and reflection take about 0.1 s — most of a
 * pre-commit hook's run. It takes exactly the options listed here, in the forms picocli accepts ({@code --x v},
 * {@code --x=v}); anything else — help, an option it does not know, a value that does not convert, a repeated
 * option, {@code --}, {@code @file} — goes to picocli, which parses and reports as usual. {@code QuickScanTest}
 * checks that both parsers set the same fields, so a default changed in {@link ScanCommand} cannot drift from here.
 */
final class QuickScan {

    /** The options this parser knows; a new {@link ScanCommand} option is picocli's until it is added here. */
    static final Set<String> OPTIONS = Set.of("--format", "--output", "--fail-on", "--as-of", "--no-ignore", "--threads",
            "--max-file-size", "--staged", "--debug", "--sarif-upload", "--config", "--baseline", "--write-baseline", "--color",
            "-q", "--quiet", "--verbose", "--history", "--commits", "--stdin-name", "--allow-config-disable");
    /** The options above that take no value. */
    private static final Set<String> FLAGS = Set.of("--no-ignore", "--staged", "--debug", "--sarif-upload", "-q", "--quiet", "--verbose",
            "--allow-config-disable");

    private QuickScan() {
    }

    /** The exit status of the scan, or null when the command line is not a plain scan (picocli runs it then). */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        ScanCommand scan = parse(args);
        if (scan == null) return null;
        try {
            return scan.run(out, err);
        } catch (Exception | Error e) {
            return Main.failed(e, err, Boolean.getBoolean("claudit.debug") || scan.debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The scan command with its fields set as picocli would set them, or null. */
    static ScanCommand parse(String[] args) {
        if (args.length == 0 || !args[0].equals("scan")) return null;
        ScanCommand scan = new ScanCommand();
        scan.format = dev.claudit.engine.ReportFormat.text;
        scan.color = Colour.auto;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@") || a.equals("--") || a.equals("-")) return null;
            if (!a.startsWith("-")) {
                Path p = path(a);
                if (p == null) return null;
                scan.paths.add(p);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!OPTIONS.contains(name) || !seen.add(name.equals("-q") ? "--quiet" : name)) return null;
            if (name.equals("--history")) {
                // picocli's arity 0..*: the values that follow, up to the next option
                scan.history = new java.util.ArrayList<>();
                if (eq >= 0) scan.history.add(a.substring(eq + 1));
                while (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) scan.history.add(args[++i]);
                continue;
            }
            if (FLAGS.contains(name)) {
                if (eq >= 0) return null;
                switch (name) {
                    case "--no-ignore" -> scan.noIgnore = true;
                    case "--staged" -> scan.staged = true;
                    case "--debug" -> scan.debug = true;
                    case "-q", "--quiet" -> scan.quiet = true;
                    case "--verbose" -> scan.verbose = true;
                    case "--allow-config-disable" -> scan.allowConfigDisable = true;
                    default -> scan.sarifUpload = true;
                }
                continue;
            }
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) return null;
                value = args[++i];
            }
            if (!set(scan, name, value)) return null;
        }
        return scan;
    }

    private static boolean set(ScanCommand scan, String name, String value) {
        switch (name) {
            case "--format" -> {
                dev.claudit.engine.ReportFormat f = dev.claudit.engine.ReportFormat.parse(value);
                if (f == null) return false;
                scan.format = f;
            }
            case "--color" -> {
                for (Colour c : Colour.values()) {
                    if (c.name().equalsIgnoreCase(value)) scan.color = c;
                }
                return scan.color.name().equalsIgnoreCase(value);
            }
            case "--output" -> {
                scan.output = path(value);
                return scan.output != null;
            }
            case "--fail-on" -> scan.failOn = value;
            case "--config" -> {
                scan.config = path(value);
                return scan.config != null;
            }
            case "--baseline" -> {
                scan.baseline = path(value);
                return scan.baseline != null;
            }
            case "--write-baseline" -> {
                scan.writeBaseline = path(value);
                return scan.writeBaseline != null;
            }
            case "--as-of" -> scan.asOf = value;
            case "--commits" -> scan.commits = value;
            case "--stdin-name" -> scan.stdinName = value;
            case "--max-file-size" -> scan.maxFileSize = value;
            case "--threads" -> {
                if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
                scan.threads = Integer.valueOf(value);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Path path(String s) {
        try {
            return s.isEmpty() ? null : Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
