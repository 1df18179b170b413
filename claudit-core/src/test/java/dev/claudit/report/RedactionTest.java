package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A full credential must never reach any output, even when a detector forgets to redact its message. */
class RedactionTest {

    private final String key = SampleScan.fakeKey();

    /** Worst case: the key raw in the message, the justification, a notice and the source line. */
    private ScanResult leakyScan() {
        Finding careless = new Finding("hardcoded-credential", Level.ERROR, Location.span("src/App.java", 1, 14, key.length()),
                "found " + key + " in source", "api key", key);
        Finding hidden = new Finding("hardcoded-credential", Level.ERROR, Location.span("src/Old.java", 2, 5, key.length()),
                "also " + key, "api key", key);
        return SampleScan.scan(List.of(careless),
                List.of(new ScanResult.Suppressed(hidden, "inSource", "reviewed: " + key)),
                List.of(new Notice("src/Broken.java", Notice.Level.WARNING, "could not parse near " + key)));
    }

    @Test
    void sarifNeverContainsTheKey() {
        assertThat(new SarifReport(true, Path.of("/repo")).render(leakyScan())).doesNotContain(key).doesNotContain(body());
        assertThat(new SarifReport(false, null).render(leakyScan())).doesNotContain(key).doesNotContain(body());
    }

    @Test
    void jsonNeverContainsTheKey() {
        assertThat(new JsonReport().render(leakyScan())).doesNotContain(key).doesNotContain(body());
    }

    @Test
    void textNeverContainsTheKeyOnEitherStream() throws IOException {
        SourceLines sources = (path, line) -> Optional.of("String k = \"" + key + "\"; // " + key);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new TextReport(sources, true).write(leakyScan(), out, err);
        assertThat(out.toString()).doesNotContain(key).doesNotContain(body()).contains("sk-ant-api03-…");
        assertThat(err.toString()).doesNotContain(key).doesNotContain(body());
    }

    /** The key without its well-known prefix and last four characters: no run of it may show. */
    private String body() {
        return key.substring("sk-ant-api03-".length(), key.length() - 4);
    }
}
