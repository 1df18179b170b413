package dev.claudit.cli;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.RuleData;
import dev.claudit.testkit.BadInputs;
import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code testdata} (demo and hostile inputs, fresh keys in place of the markers) plus files crafted so that the
 * parsers' own error messages quote a key, scanned in every format, with and without {@code --debug}, to stdout
 * and to {@code --output}: no full credential, and no run of 12 characters from the hidden part of one, in
 * stdout, stderr or the report file.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoSecretEchoTest {

    private static final Pattern TOKEN = Pattern.compile("sk-ant-[a-z]+[0-9]+-[A-Za-z0-9_-]+");

    Path root;
    Path outDir;
    final List<String> credentials = new ArrayList<>();

    @BeforeAll
    void corpus(@TempDir Path tmp) throws IOException {
        root = tmp.resolve("testdata");
        outDir = Files.createDirectories(tmp.resolve("reports"));
        BadInputs.copyWithKeys(BadInputs.COMMITTED, root.resolve("bad-inputs"));
        BadInputsEndToEndTest.copyTree(DemoEndToEndTest.DEMO, root.resolve("demo"));

        // javaparser quotes the identifier it choked on: the key's body, without the prefix that masking looks for
        String javaKey = keyWithBodyStartingWithADigit();
        String source = "class Leaky {\n    int k = " + javaKey + ";\n    void m( {\n}\n";
        String problems = new JavaParser(new ParserConfiguration()).parse(source).getProblems().toString();
        assertThat(problems).as("the crafted Java makes javaparser quote the key").contains(FakeCredentials.hiddenPart(javaKey).substring(1));
        Files.createDirectories(root.resolve("crafted"));
        Files.writeString(root.resolve("crafted/Leaky.java"), source);

        // snakeyaml quotes the line around the error: the key's tail
        String yamlKey = FakeCredentials.apiKey();
        String yaml = "anthropic:\n  api-key: " + yamlKey + ": oops\n";
        Throwable error = catchThrowable(() -> new Yaml().compose(new StringReader(yaml)));
        assertThat(error).isInstanceOf(YAMLException.class);
        String hidden = FakeCredentials.hiddenPart(yamlKey);
        assertThat(error.getMessage()).as("the crafted YAML makes snakeyaml quote the key").contains(hidden.substring(hidden.length() - 20));
        Files.writeString(root.resolve("crafted/leaky.yml"), yaml);

        // a credential as a file name, in a folder of its own
        String nameKey = FakeCredentials.apiKey();
        Files.writeString(root.resolve("crafted/" + nameKey + ".env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        credentials.add(nameKey);

        Credentials creds = new Credentials(RuleData.load());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                        + new String(Files.readAllBytes(f), StandardCharsets.UTF_16LE)
                        + new String(Files.readAllBytes(f), StandardCharsets.UTF_16BE);
                Matcher m = TOKEN.matcher(text);
                while (m.find()) if (creds.classify(m.group()).isPresent()) credentials.add(m.group());
            }
        }
        assertThat(credentials).contains(javaKey, yamlKey).hasSizeGreaterThan(20);
    }

    Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif")) {
            for (boolean debug : List.of(false, true)) {
                for (boolean toFile : List.of(false, true)) out.add(Arguments.of(format, debug, toFile));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, debug {1}, to a file {2}")
    @MethodSource("runs")
    void noCredentialInAnyOutput(String format, boolean debug, boolean toFile) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--format", format, "--as-of", "2026-11-29"));
        if (debug) args.add("--debug");
        Path report = outDir.resolve("report-" + format + "-" + debug + "." + format);
        if (toFile) args.addAll(List.of("--output", report.toString()));
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isEqualTo(1);

        String written = run.out() + "\n" + run.err() + "\n" + (toFile ? Files.readString(report) : "");
        assertThat(written).contains("crafted/Leaky.java").contains("crafted/leaky.yml");
        if (debug) assertThat(run.err()).contains("claudit: debug: crafted/leaky.yml", "(message withheld");
        for (String key : credentials) {
            assertThat(written).doesNotContain(key);
            String hidden = FakeCredentials.hiddenPart(key);
            for (int i = 0; i + 12 <= hidden.length(); i++) {
                String piece = hidden.substring(i, i + 12);
                assertThat(written.contains(piece)).as("a piece of a credential (%s…) in the %s output", piece, format).isFalse();
            }
        }
    }

    /** A digit then a letter: javaparser reads an int literal, then quotes the rest of the body as an identifier. */
    private static String keyWithBodyStartingWithADigit() {
        String key = FakeCredentials.apiKey();
        return "sk-ant-api03-7Q" + key.substring("sk-ant-api03-".length() + 2);
    }
}
