package dev.claudit.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The picocli-free parser of plain scans sets exactly what picocli sets, and hands everything else to picocli. */
class QuickScanTest {

    static Map<String, Object> fields(ScanCommand scan) throws IllegalAccessException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : ScanCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                f.setAccessible(true);
                Object v = f.get(scan);
                out.put(f.getName(), v instanceof List<?> l ? new ArrayList<>(l) : v);
            }
        }
        return out;
    }

    static ScanCommand picocli(String... args) {
        ScanCommand scan = new ScanCommand();
        new CommandLine(scan).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return scan;
    }

    static String[] scan(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Test
    void setsTheSameFieldsAsPicocli() throws IllegalAccessException {
        List<String[]> lines = List.of(
                new String[]{},
                new String[]{"testdata/demo"},
                new String[]{"testdata/demo", "--format", "json"},
                new String[]{"--format=SARIF", "a", "b/c.java"},
                new String[]{"--fail-on", "none", "--as-of", "2026-01-01", "--no-ignore", "--threads", "3", "--max-file-size", "4M",
                        "--output", "out.sarif", "x"},
                new String[]{"--threads=2", "--output=o.txt", "p", "--fail-on=error", "--as-of=yesterday", "--max-file-size=12"},
                new String[]{"--fail-on", "sometimes", "src"},
                new String[]{"--color", "always", "-q", "x"}, new String[]{"--color=NEVER", "--verbose"}, new String[]{"--quiet"},
                new String[]{"--history"},
                new String[]{"src", "--history", "main", "feature", "--format", "json"},
                new String[]{"--history=main", "src"},
                new String[]{"--commits", "base..head", "--format=sarif"});
        for (String[] args : lines) {
            ScanCommand quick = QuickScan.parse(scan(args));
            assertThat(quick).as(Arrays.toString(args)).isNotNull();
            assertThat(fields(quick)).as(Arrays.toString(args)).isEqualTo(fields(picocli(args)));
        }
    }

    @Test
    void leavesAnythingElseToPicocli() {
        List<String[]> lines = List.of(
                new String[]{"--help"}, new String[]{"--format", "xml"}, new String[]{"--threads", "abc"},
                new String[]{"--threads", "-1"}, new String[]{"--format", "json", "--format", "text"}, new String[]{"--", "x"},
                new String[]{"@args.txt"}, new String[]{"--unknown"}, new String[]{"--no-ignore=true"}, new String[]{"--format"},
                new String[]{"-x"}, new String[]{"x", "--output"}, new String[]{"--color", "sometimes"}, new String[]{"-q", "--quiet"},
                new String[]{"-qv"});
        for (String[] args : lines) assertThat(QuickScan.parse(scan(args))).as(Arrays.toString(args)).isNull();
        assertThat(QuickScan.parse(new String[]{})).isNull();
        assertThat(QuickScan.parse(new String[]{"rules"})).isNull();
        assertThat(QuickScan.parse(new String[]{"--version", "scan"})).isNull();
    }

    @Test
    void knowsEveryScanOption() {
        for (Field f : ScanCommand.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o == null || o.usageHelp() || o.versionHelp()) continue; // help is picocli's to print
            for (String name : o.names()) {
                assertThat(QuickScan.OPTIONS).as("ScanCommand's %s is unknown to QuickScan: a scan that uses it goes through picocli, "
                        + "about 0.1 s slower — add it to QuickScan.OPTIONS and QuickScan.set", name).contains(name);
            }
        }
    }

    @Test
    void reportsTheSameAsPicocli() {
        String[] quick = {"scan", "--format", "json", "--as-of", "2026-11-29", "testdata/demo"};
        String[] slow = {"scan", "--format", "json", "--as-of", "2026-11-29", "--", "testdata/demo"}; // "--": picocli's
        assertThat(QuickScan.parse(slow)).isNull();
        StringWriter qo = new StringWriter();
        StringWriter qe = new StringWriter();
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        int q = Main.run(quick, new PrintWriter(qo), new PrintWriter(qe));
        int s = Main.run(slow, new PrintWriter(so), new PrintWriter(se));
        assertThat(q).isEqualTo(s).isEqualTo(1);
        assertThat(qo.toString()).isEqualTo(so.toString()).contains("hardcoded-credential");
        assertThat(qe.toString()).isEqualTo(se.toString());
    }

    @Test
    void badValuesAreUsageErrorsEitherWay() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(scan("--fail-on", "sometimes", "testdata/demo"), new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString().strip()).startsWith("claudit: --fail-on").doesNotContain("\n");
        assertThat(Main.run(scan("--threads", "0"), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                .isEqualTo(Main.USAGE);
    }
}
