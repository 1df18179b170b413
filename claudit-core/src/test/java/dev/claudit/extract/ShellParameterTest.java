package dev.claudit.extract;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shell parameter expansions name the variable that opens them, whatever operator follows; a workflow's {@code run:}
 * script reads its own variables, not configuration properties (which the cross-file reach would look for in every
 * configuration file of the project).
 */
class ShellParameterTest {

    private static final Location AT = new Location("s.sh", 1, 1, 1, 10);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "${exclude_modules//,/ }|exclude_modules|null",
            "${MODEL:-claude-sonnet-4-5}|MODEL|claude-sonnet-4-5",
            "${MODEL-claude-haiku-4-5}|MODEL|claude-haiku-4-5",
            "${BASE:=https://api.anthropic.com}|BASE|https://api.anthropic.com",
            "${KEY:?set ANTHROPIC_API_KEY}|KEY|null",
            "${FILE%.*}|FILE|null",
            "${NAME,,}|NAME|null",
            "${KEY:0:8}|KEY|null",
            "${1}|1|null"})
    void theVariableIsTheNameThatOpensIt(String text, String name, String fallback) {
        Value v = ValueText.parse(text, AT, true);
        assertThat(v).isEqualTo(new Value.Reference(Value.Source.ENV, name, fallback, AT));
    }

    @ParameterizedTest
    @CsvSource({"${KEY:+--header x-api-key}", "${#KEY}", "${!NAME}", "${@}"})
    void expansionsThatAreNotTheVariablesValueAreUnknown(String text) {
        assertThat(ValueText.parse(text, AT, true)).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void springPlaceholdersOutsideScriptsStayProperties() {
        assertThat(ValueText.parse("${anthropic.base-url:https://api.anthropic.com}", AT, false))
                .isEqualTo(new Value.Reference(Value.Source.PROPERTY, "anthropic.base-url", "https://api.anthropic.com", AT));
    }

    @Test
    void aWorkflowsRunScriptReadsShellVariablesNotProperties() {
        FileFacts f = new Extraction().extract(".github/workflows/nightly.yml", FileKind.YAML, """
                on: schedule
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    env:
                      exclude_modules: a,b
                    steps:
                      - run: |
                          for ex in ${exclude_modules//,/ }; do
                            echo "skipping ${ex}"
                          done
                    services:
                      app:
                        image: acme/app
                        url: ${app.base-url}
                """);
        Setting run = f.settings().stream().filter(s -> s.key().endsWith(".run")).findFirst().orElseThrow();
        assertThat(run.value().references()).extracting(Value.Reference::source).containsOnly(Value.Source.ENV);
        assertThat(run.value().references()).extracting(Value.Reference::name).contains("exclude_modules", "ex");
        Setting url = f.settings().stream().filter(s -> s.key().endsWith(".url")).findFirst().orElseThrow();
        assertThat(url.value().references()).extracting(Value.Reference::source).containsExactly(Value.Source.PROPERTY);
    }
}
