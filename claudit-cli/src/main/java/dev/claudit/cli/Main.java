package dev.claudit.cli;

import dev.claudit.engine.SettingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code claudit} command line: {@code scan}, {@code rules}, {@code explain}; exit codes as design.md says. */
@Command(name = "claudit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Offline static analyzer for code and configuration that calls the Anthropic (Claude) API.",
                "Finds committed or browser-exposed keys, wrong auth and version headers, wrong hosts and paths,",
                "retired model ids and keys in logs. Never touches the network."},
        subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, InstallHookCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 nothing at or above --fail-on, 1 findings, 2 bad usage or config, 3 internal failure."})
public final class Main implements Runnable {

    /** Exit status for findings at or above the fail-on level. */
    public static final int FINDINGS = 1;
    /** Exit status for bad usage or configuration. */
    public static final int USAGE = 2;
    /** Exit status for an internal failure. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the platform charset: masked keys contain '…'
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit status (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        for (String a : args) {
            // the JVM decoded the arguments with the locale's charset and lost these characters: no path can match
            if (a.indexOf('\uFFFD') >= 0 && !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
                err.println("claudit: argument '" + dev.claudit.facts.Redactor.maskAll(a) + "' has characters the locale's charset ("
                        + System.getProperty("sun.jnu.encoding") + ") cannot hold; run under a UTF-8 locale (LC_ALL=C.UTF-8)"
                        + " or with the claudit launcher, which does");
                err.flush();
                return USAGE;
            }
        }
        Integer quick = QuickScan.run(args, out, err); // a plain scan skips picocli's start-up, most of a hook's run
        if (quick != null) return quick;
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("claudit: " + dev.claudit.facts.Redactor.maskAll(ex.getMessage())
                    + " (see 'claudit --help')");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> failed(ex, c));
        int code;
        try {
            code = cl.execute(args);
        } catch (Error e) {
            // picocli hands on only Exceptions; an Error escaping (out of memory) must not end as the JVM's exit 1
            code = failed(e, cl.getSubcommands().getOrDefault(args.length > 0 ? args[0] : "", cl));
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * What a command that threw exits with: 2 and one line for bad usage or configuration; 3 for anything else,
     * which is a failure of claudit as a whole (failures in one file or one rule never get here: they are notices).
     */
    static int failed(Throwable ex, CommandLine c) {
        boolean debug = Boolean.getBoolean("claudit.debug") || c.getCommand() instanceof ScanCommand s && s.debug;
        return failed(ex, c.getErr(), debug);
    }

    static int failed(Throwable ex, PrintWriter err, boolean debug) {
        if (ex instanceof SettingsException u) {
            err.println("claudit: " + dev.claudit.facts.Redactor.maskAll(u.getMessage()));
            return USAGE;
        }
        // the message only when it cannot quote a scanned file; the trace only when asked for
        err.println("claudit: internal error: " + DebugTrace.headline(ex, java.util.List.of()));
        if (debug) DebugTrace.print(ex, java.util.List.of(), err);
        err.flush();
        return INTERNAL;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Bad usage or configuration found while running: one line on stderr, exit 2. */
    public static final class UsageException extends SettingsException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** The version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"claudit " + version()};
        }
    }

    static String version() {
        return dev.claudit.engine.BuildInfo.version();
    }
}
