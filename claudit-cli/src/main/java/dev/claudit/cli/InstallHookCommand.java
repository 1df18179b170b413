package dev.claudit.cli;

import dev.claudit.workspace.FileStreams;
import dev.claudit.workspace.Git;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

/**
 * {@code claudit install-hook}: writes a plain git {@code pre-commit} hook that runs {@code claudit scan --staged}.
 * The hook goes where git looks for it ({@code git rev-parse --git-path hooks}, which honours {@code core.hooksPath}
 * and linked worktrees); a hook claudit did not write is left alone unless {@code --force}.
 */
@Command(name = "install-hook", description = {"Install a git pre-commit hook that runs 'claudit scan --staged'.",
        "Run it inside the repository. Skip the hook once with 'git commit --no-verify'."})
final class InstallHookCommand implements Callable<Integer> {

    /** Marks a hook as ours, so reinstalling may replace it. */
    static final String MARKER = "# installed by: claudit install-hook";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--force", description = "replace an existing pre-commit hook that claudit did not write")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path hook;
        try {
            hook = cwd.resolve(new Git(cwd).text("rev-parse", "--git-path", "hooks")).normalize().resolve("pre-commit");
        } catch (Git.Failure e) {
            throw new Main.UsageException("install-hook: " + e.getMessage());
        }
        boolean replacing = Files.exists(hook);
        if (replacing && !force && !FileStreams.readUtf8(hook).contains(MARKER)) {
            throw new Main.UsageException(hook + " exists and was not written by claudit; add 'claudit scan --staged' to it,"
                    + " or replace it with --force");
        }
        Files.createDirectories(hook.getParent());
        ScanCommand.writeAtomically(hook, script(command()));
        try {
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): git for Windows runs hooks without the bit
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println((replacing ? "replaced " : "installed ") + DebugTrace.printable(dev.claudit.facts.Redactor.maskAll(hook.toString()))
                + ": every commit now runs 'claudit scan --staged'");
        out.flush();
        return 0;
    }

    /** The hook: one command, so that its exit status (1 on findings) blocks the commit. */
    static String script(String claudit) {
        return "#!/bin/sh\n"
                + MARKER + "\n"
                + "# Scans what is about to be committed; a finding at or above --fail-on blocks the commit.\n"
                + "# Skip once with: git commit --no-verify\n"
                + "exec " + claudit + " scan --staged\n";
    }

    /**
     * How the hook calls claudit: the {@code ./claudit} launcher of the checkout this jar was built in (it rebuilds
     * when the sources change), else {@code java -jar} on this jar, else {@code claudit} from PATH.
     */
    static String command() {
        try {
            Path code = Path.of(InstallHookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code) || !code.toString().endsWith(".jar")) return "claudit";
            Path target = code.getParent();
            Path checkout = target == null ? null : target.getParent();
            if (checkout != null && target.getFileName().toString().equals("target")
                    && Files.isExecutable(checkout.resolve("claudit")) && Files.isRegularFile(checkout.resolve("pom.xml"))) {
                return quote(checkout.resolve("claudit").toString());
            }
            return "java -jar " + quote(code.toString());
        } catch (URISyntaxException | RuntimeException e) {
            return "claudit"; // an unusual class loader
        }
    }

    /** Single-quoted for sh. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
