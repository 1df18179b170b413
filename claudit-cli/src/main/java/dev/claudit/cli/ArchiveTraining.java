package dev.claudit.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The run the launcher records an AppCDS archive from: the commands people run, in one JVM, so that the archive
 * holds the classes of every report format, the parsers, the .gitignore matcher and picocli's commands.
 * {@code java -XX:ArchiveClassesAtExit=A.jsa -cp claudit.jar dev.claudit.cli.ArchiveTraining PROJECT}
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        String project = args.length > 0 ? args[0] : ".";
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
        for (String format : new String[]{"text", "json", "sarif"}) {
            Main.run(new String[]{"scan", "--fail-on", "none", "--format", format, project}, none, none);
        }
        Main.run(new String[]{"rules"}, none, none);
        Main.run(new String[]{"explain", "hardcoded-credential"}, none, none);
        Main.run(new String[]{"--help"}, none, none);
    }
}
