package dev.claudit.engine;

import dev.claudit.facts.FileKind;
import dev.claudit.report.JsonReport;
import dev.claudit.report.SarifReport;
import dev.claudit.report.ScanResult;
import dev.claudit.report.TextReport;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A random well-formed credential of any kind, written into a random kind of file in a random context (Java
 * string, text block or comment, YAML plain, quoted or block scalar, .env, .properties, JSON, shell, plain text),
 * after a few random lines with LF or CRLF endings: {@code hardcoded-credential} reports it at its exact position,
 * and neither the text report (stdout and stderr), JSON nor SARIF contains it.
 */
class CredentialPlacementPropertyTest {

    private static final RuleData DATA = RuleData.load();
    private static final Credentials CREDENTIALS = new Credentials(DATA);
    private static final Pipeline PIPELINE = new Pipeline(RuleCatalog.load(), DATA);
    private static final Pipeline.Options OPTIONS = Pipeline.Options.defaults(LocalDate.of(2026, 11, 29));
    private static final String MARK = "@@";

    /** Where a credential is written: a file name and its text, {@code @@} standing for the credential. */
    enum Context {
        JAVA_STRING("src/main/java/App.java", "class App {\n    static final String KEY = \"@@\";\n}\n"),
        JAVA_TEXT_BLOCK("src/main/java/Doc.java", "class Doc {\n    String doc = \"\"\"\n        x-api-key: @@\n        \"\"\";\n}\n"),
        JAVA_LINE_COMMENT("src/main/java/Old.java", "class Old {\n    // old key: @@\n}\n"),
        JAVA_BLOCK_COMMENT("src/main/java/Note.java", "/*\n * rotated: @@\n */\nclass Note {}\n"),
        YAML_PLAIN("config/application.yml", "spring:\n  ai:\n    anthropic:\n      api-key: @@\n"),
        YAML_DOUBLE_QUOTED("config/application.yaml", "anthropic:\n  api-key: \"@@\"\n"),
        YAML_SINGLE_QUOTED("values.yml", "env:\n  - name: ANTHROPIC_API_KEY\n    value: '@@'\n"),
        YAML_BLOCK("secret.yml", "anthropic:\n  api-key: |\n    @@\n"),
        YAML_COMMENT("ci.yml", "# key: @@\nsteps: []\n"),
        ENV(".env", "ANTHROPIC_API_KEY=@@\n"),
        ENV_EXPORT_QUOTED("prod.env", "export ANTHROPIC_API_KEY=\"@@\" # prod\n"),
        PROPERTIES("src/main/resources/application.properties", "spring.ai.anthropic.api-key=@@\n"),
        PROPERTIES_COLON("claude.properties", "claude.key : @@\n"),
        JSON("config/settings.json", "{\n  \"anthropic\": {\"apiKey\": \"@@\"}\n}\n"),
        SHELL("scripts/call.sh", "#!/bin/sh\ncurl -H \"x-api-key: @@\" https://api.anthropic.com/v1/messages\n"),
        TEXT("NOTES.txt", "The key is @@.\n");

        final String path;
        final String template;

        Context(String path, String template) {
            this.path = path;
            this.template = template;
        }
    }

    /** A credential placed in a file, and where it must be reported. */
    record Placement(String credential, Context context, String text, int line, int column) {
        @Override
        public String toString() {
            return context + " at " + line + ":" + column + " (" + credential.substring(0, 16) + "…)";
        }
    }

    @Property(tries = 400)
    void everyPlacedCredentialIsReportedAtItsPositionAndNeverPrinted(@ForAll("placements") Placement p) throws IOException {
        byte[] bytes = p.text().getBytes(StandardCharsets.UTF_8);
        String name = p.context().path.substring(p.context().path.lastIndexOf('/') + 1);
        SourceFile file = new SourceFile(p.context().path, FileKind.of(name), bytes.length, () -> bytes);
        ScanResult result = PIPELINE.scan(new Workspace("/prop", List.of(file), List.of()), OPTIONS, "test");

        assertThat(result.findings()).as("findings, notices %s", result.notices())
                .filteredOn(f -> f.ruleId().equals("hardcoded-credential"))
                .extracting(Finding::location)
                .anySatisfy(l -> assertThat(l.line() + ":" + l.column()).isEqualTo(p.line() + ":" + p.column()));

        String[] lines = p.text().split("\r\n|\n", -1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new TextReport((path, n) -> n >= 1 && n <= lines.length ? Optional.of(lines[n - 1]) : Optional.empty(), false)
                .write(result, out, err);
        String everything = out + "\n" + err + "\n" + new JsonReport().render(result) + "\n" + new SarifReport().render(result);
        assertThat(everything).doesNotContain(p.credential());
        String hidden = p.credential().substring(p.credential().indexOf('-', 7) + 1, p.credential().length() - 4);
        for (int i = 0; i + 12 <= hidden.length(); i++) {
            assertThat(everything.contains(hidden.substring(i, i + 12))).as("piece %s shown", hidden.substring(i, i + 12)).isFalse();
        }
    }

    @Provide
    Arbitrary<Placement> placements() {
        Arbitrary<String> filler = Arbitraries.of("", "# a comment", "    ", "x=1", "// note", "---");
        return Combinators.combine(credentials(), Arbitraries.of(Context.class), filler.list().ofMaxSize(3),
                Arbitraries.of("\n", "\r\n")).as(CredentialPlacementPropertyTest::place);
    }

    static Placement place(String credential, Context context, List<String> fillers, String eol) {
        // fillers go first; YAML and Java keep their own first line only when no filler would break them
        boolean fillable = context == Context.TEXT || context == Context.SHELL || context == Context.PROPERTIES
                || context == Context.PROPERTIES_COLON || context == Context.ENV || context == Context.ENV_EXPORT_QUOTED;
        List<String> before = fillable ? fillers.stream().map(f -> f.startsWith("//") || f.equals("---") ? "# x" : f).toList() : List.of();
        StringBuilder text = new StringBuilder();
        for (String f : before) text.append(f).append(eol);
        String body = context.template.replace("\n", eol);
        int at = body.indexOf(MARK);
        String head = body.substring(0, at);
        int line = before.size() + 1 + (int) head.chars().filter(c -> c == '\n').count();
        int column = at - (head.lastIndexOf('\n') + 1) + 1;
        text.append(head).append(credential).append(body.substring(at + MARK.length()));
        return new Placement(credential, context, text.toString(), line, column);
    }

    /** Well-formed credentials of every format in {@code credentials.yml}; placeholders (by the data's own rules) left out. */
    static Arbitrary<String> credentials() {
        Arbitrary<String> fixed95 = body(93, 93).map(b -> b + "AA");
        Arbitrary<String> api = fixed95.map(b -> "sk-ant-api03-" + b);
        Arbitrary<String> admin = fixed95.map(b -> "sk-ant-admin01-" + b);
        Arbitrary<String> oauth = Combinators.combine(Arbitraries.of("sk-ant-oat01-", "sk-ant-ort01-", "sk-ant-sid01-"),
                body(40, 120)).as((prefix, b) -> prefix + b);
        return Arbitraries.oneOf(api, admin, oauth).filter(c -> CREDENTIALS.classify(c).isPresent());
    }

    private static Arbitrary<String> body(int min, int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('_', '-')
                .ofMinLength(min).ofMaxLength(max);
    }
}
