package dev.claudit.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claudit.cli.DemoEndToEndTest.claudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code claudit explain}: a unique prefix names a rule, an ambiguous one lists the candidates; markdown for a terminal. */
class ExplainCommandTest {

    @Test
    void aUniquePrefixNamesItsRule() {
        DemoEndToEndTest.Run run = claudit("explain", "wrong");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrong-host (error, security severity 7.5)");
        assertThat(claudit("explain", "bearer").out()).startsWith("bearer-instead-of-x-api-key (error)");
        assertThat(claudit("explain", "wrong-host").out()).isEqualTo(run.out());
    }

    @Test
    void anAmbiguousPrefixExitsTwoListingTheCandidates() {
        DemoEndToEndTest.Run run = claudit("explain", "missing");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(
                "claudit: 'missing' names 2 rules: missing-api-key-header, missing-version-header; give more of the id");
        assertThat(claudit("explain", "nothing-like-it").err().strip())
                .isEqualTo("claudit: unknown rule 'nothing-like-it'; 'claudit rules' lists them");
        assertThatThrownBy(() -> ExplainCommand.resolve("", List.of("a-b", "a-c"))).hasMessageContaining("unknown rule");
        assertThat(ExplainCommand.resolve("a-b", List.of("a-b", "a-bc"))).as("an exact id wins over longer ones").isEqualTo("a-b");
    }

    @Test
    void markdownIsRenderedForATerminalAndLeftAsMarkdownOtherwise() {
        DemoEndToEndTest.Run plain = claudit("explain", "wrong-host");
        assertThat(plain.out()).contains("```java", "`https://api.anthropic.com`", "[API overview](").doesNotContain("\u001b[");
        assertThat(claudit("explain", "wrong-host", "--color", "never").out()).isEqualTo(plain.out());

        DemoEndToEndTest.Run rendered = claudit("explain", "wrong-host", "--color", "always");
        assertThat(rendered.exit()).isZero();
        assertThat(rendered.out()).startsWith("\u001b[1mwrong-host\u001b[22m (error")
                .contains("\u001b[36mhttps://api.anthropic.com\u001b[39m", "\u001b[4mAPI overview\u001b[24m (https://")
                .contains("    \u001b[36mAnthropicClient client")
                .doesNotContain("```", "`https://api.anthropic.com`");
    }

    @Test
    void terminalMarkdownRendersHeadingsBoldCodeAndLinks() {
        assertThat(TerminalMarkdown.render("## Fix it\nUse **`x-api-key`**, see [docs](https://d.example/x).\n```sh\ncurl -H a\n```\nend"))
                .isEqualTo("\u001b[1mFix it\u001b[22m\nUse \u001b[1m\u001b[36mx-api-key\u001b[39m\u001b[22m, see "
                        + "\u001b[4mdocs\u001b[24m (https://d.example/x).\n    \u001b[36mcurl -H a\u001b[39m\nend");
        assertThat(TerminalMarkdown.render("a * b ** c ` d [e] (f)")).as("unpaired marks stay as they are")
                .isEqualTo("a * b ** c ` d [e] (f)");
    }
}
