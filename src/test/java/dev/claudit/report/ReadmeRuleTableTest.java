package dev.claudit.report;

import dev.claudit.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: the README's rule table was written by hand and listed 5 of 13 rules. It is generated from
 * {@code rules/*.yml} between two marker comments, and this test fails, saying how to regenerate it, when it is stale.
 */
class ReadmeRuleTableTest {

    static final String BEGIN = "<!-- rules table: generated from rules/*.yml by scripts/update-readme-rules.sh; do not edit by hand -->\n";
    static final String END = "<!-- end of rules table -->";

    @Test
    void theReadmesRuleTableIsWhatRulesYmlSay() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README.md's rule table markers").contains(BEGIN, END);
        String shown = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END));
        String generated = new RulesTable(RuleCatalog.load().rules()).markdown();
        assertThat(shown).as("README.md's rule table is stale: it must list what rules/*.yml say. "
                + "Regenerate it with scripts/update-readme-rules.sh (runs ./claudit rules --format markdown)").isEqualTo(generated);
        assertThat(generated.lines().skip(2).count()).isEqualTo(RuleCatalog.ids().size());
    }
}
