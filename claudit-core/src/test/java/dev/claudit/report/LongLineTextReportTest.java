package dev.claudit.report;

import dev.claudit.rules.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding on a megabyte-long line is shown as a masked window; a key cut by the window's edge must not leak. */
class LongLineTextReportTest {

    @Test
    void keysCutByTheWindowEdgeAreStillMasked() throws IOException {
        String finding = SampleScan.fakeKey();
        String left = SampleScan.fakeKey();
        String right = SampleScan.fakeKey();
        // the window reaches 2,048 characters either side of the finding: put a key across each edge
        String line = "x,".repeat(5_000) + left + ",".repeat(2_048 - 50) + "\"" + finding + "\""
                + ",".repeat(2_048 - 50) + right + ",y".repeat(5_000);
        int column = line.indexOf(finding) + 1;
        String out = render(line, SampleScan.credential(finding, "bundle.min.js", 1, column));
        for (String key : List.of(finding, left, right)) {
            String hidden = key.substring("sk-ant-api03-".length(), key.length() - 4);
            for (int i = 0; i + 12 <= hidden.length(); i++) assertThat(out).doesNotContain(hidden.substring(i, i + 12));
        }
        assertThat(out).contains("| …").contains("\"sk-ant-api03-…" + finding.substring(finding.length() - 4) + "\"");
    }

    @Test
    void aLongTokenAtTheEdgeIsDroppedNotCut() throws IOException {
        String finding = SampleScan.fakeKey();
        String line = "q".repeat(100_000) + "=\"" + finding + "\";" + "z".repeat(100_000);
        String out = render(line, SampleScan.credential(finding, "bundle.min.js", 1, 100_003));
        assertThat(out).contains("    1 | …=\"sk-ant-api03-…").doesNotContain("qq").doesNotContain("zz");
    }

    private static String render(String line, Finding f) throws IOException {
        StringWriter out = new StringWriter();
        new TextReport((path, n) -> Optional.of(line), false)
                .write(SampleScan.scan(List.of(f), List.of(), List.of()), out, new StringWriter());
        return out.toString();
    }
}
