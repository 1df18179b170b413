package dev.claudit.engine;

import dev.claudit.rules.RuleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static dev.claudit.engine.PrefilterTest.CATALOG;
import static dev.claudit.engine.PrefilterTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules run on several workers (from {@link Pipeline#PARALLEL_RULES_FROM} files): one scan of every rule example
 * side by side, with constants that read each other in a cycle through eight files, reports the same on one thread
 * and on three, run after run.
 */
class ParallelRulesTest {

    @TempDir
    Path tmp;

    @Test
    void oneThreadAndThreeGiveTheSameReport() throws Exception {
        int n = 0;
        for (RuleMeta rule : CATALOG.rules()) {
            for (RuleMeta.Example ex : rule.examples()) write(tmp.resolve("ex" + n++), ex.files());
        }
        for (int i = 0; i < 8; i++) {
            // Ring<i>.URL reads the next one's: a cycle through eight files, each also sending a request with its own
            Files.writeString(tmp.resolve("Ring" + i + ".java"), """
                    class Ring%d {
                        static final String URL = Ring%d.URL + "/v1/messages";
                        static final String BASE = "http://api.anthropic.com";
                        void send(java.net.http.HttpClient c) throws Exception {
                            c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(URL))
                                    .header("Authorization", "Bearer " + System.getenv("ANTHROPIC_API_KEY")).build(), null);
                            c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/v1/complete")).build(), null);
                        }
                    }
                    """.formatted(i, (i + 1) % 8));
        }
        assertThat(n + 8).isGreaterThanOrEqualTo(Pipeline.PARALLEL_RULES_FROM);

        String one = EquivalentScans.json(tmp, UnaryOperator.identity(), UnaryOperator.identity(), 1);
        for (int run = 0; run < 3; run++) {
            assertThat(EquivalentScans.json(tmp, UnaryOperator.identity(), UnaryOperator.identity(), 3)).isEqualTo(one);
        }
        assertThat(one).contains("Ring3.java", "insecure-transport");
    }
}
