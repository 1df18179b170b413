package dev.claudit.engine;

import dev.claudit.report.JsonReport;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.RuleMeta;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.Workspace;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.claudit.engine.PrefilterTest.AS_OF;
import static dev.claudit.engine.PrefilterTest.CATALOG;
import static dev.claudit.engine.PrefilterTest.DATA;
import static dev.claudit.engine.PrefilterTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For the tests that an optimisation (the prefilter, per-rule keyword gating) loses nothing: the JSON report of one
 * directory under a given pipeline and options, and the check that two settings agree on every rule example.
 */
final class EquivalentScans {

    /** One way to scan a directory: a report as text. */
    @FunctionalInterface
    interface Scanner {
        String report(Path dir) throws IOException;
    }

    private EquivalentScans() {
    }

    /** The JSON report of {@code dir} (without its elapsed time), scanned by the pipeline and options given. */
    static String json(Path dir, UnaryOperator<Pipeline> pipeline, UnaryOperator<Pipeline.Options> options, int threads)
            throws IOException {
        Workspace ws = new DirectoryWalker(false).walk(dir, List.of(dir));
        ScanResult result = pipeline.apply(new Pipeline(CATALOG, DATA))
                .scan(ws, options.apply(Pipeline.Options.defaults(AS_OF).withThreads(threads)), "test");
        StringWriter out = new StringWriter();
        new JsonReport().write(result, out);
        return out.toString().replaceAll("\"elapsedMs\" *: *\\d+", "");
    }

    /** Writes each rule example into its own directory below {@code tmp}; both scans must report it alike. */
    static int assertEveryRuleExampleAgrees(Path tmp, Scanner optimised, Scanner reference) throws IOException {
        int n = 0;
        for (RuleMeta rule : CATALOG.rules()) {
            for (RuleMeta.Example ex : rule.examples()) {
                Path dir = tmp.resolve("ex" + n++);
                write(dir, ex.files());
                assertThat(optimised.report(dir)).as("%s: %s", rule.id(), ex.title()).isEqualTo(reference.report(dir));
            }
        }
        return n;
    }
}
