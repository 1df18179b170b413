package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.claudit.testkit.BadInputs;
import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input corpus ({@code testdata/bad-inputs} with fresh keys, generated giants, symlinks, a FIFO, a 3 GB
 * file) scanned through the real command line together with the demo project: no crash, no hang, no stack trace,
 * every credential found at its exact position, and exactly one notice for each file passed over or only
 * scanned for credentials.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@Tag("integration") // slow: generates giant files (one of 3 GB, sparse) and a FIFO, and scans them all; mvn -B verify -Pintegration runs it (.ci/run does)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputsEndToEndTest {

    private static final String CRED = "hardcoded-credential";

    Path tmp;
    Path root;
    Map<String, List<String>> committedKeys;
    List<BadInputs.Placed> generated;
    String outsideKey;
    String nameKey;
    String keyInNamedFile;
    boolean hasFifo;
    /** One run per set of options: each scans 50 MB and some deliberately slow files. */
    private final Map<List<String>, DemoEndToEndTest.Run> runs = new java.util.HashMap<>();

    /** Where each committed marker lands, {@code path -> "line:column"} per key, counted by hand from the files. */
    static final Map<String, List<String>> COMMITTED_POSITIONS = Map.ofEntries(
            Map.entry("encoding/invalid-utf8.env", List.of("1:19")),
            Map.entry("encoding/utf16le-bom.properties", List.of("3:16")),
            Map.entry("encoding/utf16be-bom.yml", List.of("4:17")),
            Map.entry("encoding/utf8-bom.env", List.of("1:19")),
            Map.entry("encoding/Latin1Broken.java", List.of("3:32")),
            Map.entry("line-endings/CrlfClient.java", List.of("5:32")),
            Map.entry("line-endings/cr-only.properties", List.of("3:16")),
            Map.entry("line-endings/mixed.env", List.of("2:19", "5:12")),
            Map.entry("line-endings/no-trailing-newline.yml", List.of("2:12")),
            Map.entry("yaml/billion-laughs.yml", List.of("2:10")),
            Map.entry("yaml/recursive-alias.yml", List.of("4:12")),
            Map.entry("yaml/multi-document.yml", List.of("10:16")),
            Map.entry("yaml/custom-tags.yml", List.of("8:18")),
            Map.entry("yaml/duplicate-keys.yml", List.of("3:12")),
            Map.entry("yaml/syntax-error.yml", List.of("2:12")),
            Map.entry("yaml/tabs-and-junk.yml", List.of("2:11")),
            Map.entry("java/Unterminated.java", List.of("4:32")),
            Map.entry("java/UnterminatedComment.java", List.of("4:27")),
            Map.entry("java/UnnamedVariable.java", List.of("5:32")),
            Map.entry("java/NotJava.java", List.of("2:26")),
            Map.entry("other/unterminated-quote.env", List.of("2:20")),
            Map.entry("other/bad-escapes.properties", List.of("1:16")),
            Map.entry("other/control-chars.txt", List.of("1:45")));

    /** Files that get exactly one notice, and what it says. */
    static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("bad-inputs/encoding/logo.png", "binary file; skipped"),
            Map.entry("bad-inputs/encoding/Compiled.java", "binary file; skipped"),
            Map.entry("bad-inputs/encoding/utf16le-no-bom.env", "binary file; skipped"),
            Map.entry("bad-inputs/encoding/invalid-utf8.env", "not valid UTF-8; decoded with replacement characters"),
            Map.entry("bad-inputs/encoding/Latin1Broken.java", "not valid UTF-8; decoded with replacement characters; Java parse error at line 4; read around it"),
            Map.entry("bad-inputs/yaml/billion-laughs.yml", "YAML not loaded (limits or syntax); scanned for credentials only"),
            Map.entry("bad-inputs/yaml/syntax-error.yml", "YAML parse error at line 4; scanned for credentials only"),
            Map.entry("bad-inputs/yaml/tabs-and-junk.yml", "YAML parse error at line 2; scanned for credentials only"),
            Map.entry("bad-inputs/java/Unterminated.java", "Java parse error at line 4; scanned for credentials only"),
            Map.entry("bad-inputs/java/UnterminatedComment.java", "Java parse error at line 8; scanned for credentials only"),
            Map.entry("bad-inputs/java/NotJava.java", "Java parse error at line 1; scanned for credentials only"),
            Map.entry("generated/deep-flow.yml", "YAML not loaded (limits or syntax); scanned for credentials only"),
            Map.entry("generated/deep-block.yml", "YAML not loaded (limits or syntax); scanned for credentials only"),
            Map.entry("generated/DeepParens500k.java", "nesting too deep to parse; scanned for credentials only"),
            Map.entry("generated/dump.sql", ""), // DirectoryWalkerTest checks the words; a size limit may say others
            Map.entry("links/loop-a", "symbolic link not followed"),
            Map.entry("links/loop-b", "symbolic link not followed"),
            Map.entry("links/self", "symbolic link not followed"),
            Map.entry("links/outside.env", "symbolic link not followed"),
            Map.entry("links/outside-dir", "symbolic link not followed"),
            Map.entry("special/pipe.env", "not a regular file; skipped"),
            Map.entry("names/broken\u001b[2J.yml", "YAML parse error at line 3; scanned for credentials only"));

    /** Files whose size may make a merged size limit skip them: then a notice instead of the finding. */
    static final String BUNDLE = "generated/bundle.min.js";

    @BeforeAll
    void corpus(@TempDir Path dir) throws Exception {
        tmp = dir;
        root = tmp.resolve("scan");
        committedKeys = BadInputs.copyWithKeys(BadInputs.COMMITTED, root.resolve("bad-inputs"));
        generated = BadInputs.generate(root.resolve("generated"), "generated/");
        BadInputs.sparseHugeFile(root.resolve("generated/dump.sql"));
        copyTree(DemoEndToEndTest.DEMO, root.resolve("demo"));
        Path outside = tmp.resolve("outside/secret.env");
        Files.createDirectories(outside.getParent());
        outsideKey = FakeCredentials.apiKey();
        Files.writeString(outside, "ANTHROPIC_API_KEY=" + outsideKey + "\n");
        BadInputs.symlinks(root.resolve("links"), outside);
        hasFifo = BadInputs.fifo(root.resolve("special/pipe.env"));
        // file names that try to drive the terminal
        Files.createDirectories(root.resolve("names"));
        Files.writeString(root.resolve("names/evil\u001b[2J.env"), "ANTHROPIC_API_KEY=" + FakeCredentials.apiKey() + "\n");
        Files.writeString(root.resolve("names/new\nline.properties"), "a=b\n");
        Files.writeString(root.resolve("names/broken\u001b[2J.yml"), "anthropic:\n  api-key: [\n");
        // a credential as a file name: masked wherever the path is printed
        nameKey = FakeCredentials.apiKey();
        keyInNamedFile = FakeCredentials.apiKey();
        Files.writeString(root.resolve("names/" + nameKey + ".properties"), "claude.key=" + keyInNamedFile + "\n");
    }

    @Test
    void everyCredentialIsFoundAtItsExactPosition() throws Exception {
        DemoEndToEndTest.Run run = scan("--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());

        TreeSet<String> actual = new TreeSet<>();
        TreeSet<String> all = new TreeSet<>();
        for (JsonNode f : json.get("findings")) {
            String at = f.get("path").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt();
            all.add(at + " " + f.get("ruleId").asText());
            if (!f.get("ruleId").asText().equals(CRED) || f.get("path").asText().startsWith("demo/")) continue;
            // API keys are 108 characters on one line
            assertThat(f.get("endLine").asInt()).as(at).isEqualTo(f.get("line").asInt());
            assertThat(f.get("endColumn").asInt()).as(at).isEqualTo(f.get("column").asInt() + 107);
            actual.add(at);
        }
        TreeSet<String> expected = new TreeSet<>();
        COMMITTED_POSITIONS.forEach((path, positions) -> {
            assertThat(committedKeys.get(path)).as("markers in " + path).hasSameSizeAs(positions);
            for (String p : positions) expected.add("bad-inputs/" + path + ":" + p);
        });
        assertThat(committedKeys.keySet()).as("every committed file with a key has its positions listed")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(java.util.stream.Stream.concat(
                        COMMITTED_POSITIONS.keySet().stream(), java.util.stream.Stream.of("encoding/logo.png", "encoding/utf16le-no-bom.env")).toList()));
        // over the size limit the bundle is still scanned for credentials (streamed); only a skip loses its key
        boolean bundleSkipped = notices(json).getOrDefault(BUNDLE, List.of()).stream().anyMatch(m -> m.endsWith("skipped"));
        for (BadInputs.Placed p : generated) {
            if (p.path().equals(BUNDLE) && bundleSkipped) continue;
            expected.add(p.path() + ":" + p.line() + ":" + p.column());
        }
        expected.add("names/evil\u001b[2J.env:1:19");
        expected.add("names/sk-ant-api03-…" + nameKey.substring(nameKey.length() - 4) + ".properties:1:12");
        assertThat(actual).containsExactlyElementsOf(expected);

        // the demo's findings are all still there, whatever else the corpus does
        for (String line : Files.readAllLines(DemoEndToEndTest.DEMO.resolve("EXPECTED"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split(" ");
            String path = parts[0].substring(0, parts[0].lastIndexOf(':')).replace("testdata/demo/", "demo/");
            String lineNo = parts[0].substring(parts[0].lastIndexOf(':') + 1);
            assertThat(all).as(line).anyMatch(s -> s.startsWith(path + ":" + lineNo + ":") && s.endsWith(" " + parts[1]));
        }
        // a key in a binary file or behind a symlink is not read (the exact comparison above says so too)
        assertThat(actual).noneMatch(s -> s.contains("logo.png") || s.contains("outside") || s.contains("no-bom"));
    }

    @Test
    void oneNoticePerFilePassedOverOrOnlyScannedForCredentials() throws Exception {
        DemoEndToEndTest.Run run = scan("--format", "json");
        Map<String, List<String>> notices = notices(new ObjectMapper().readTree(run.out()));
        Map<String, String> expected = expectedNotices();
        List<String> bundle = notices.remove(BUNDLE);
        if (bundle != null) assertThat(bundle).as("a size limit skips the bundle with one notice").hasSize(1);
        assertThat(notices.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        notices.forEach((path, messages) -> {
            assertThat(messages).as(path).hasSize(1);
            assertThat(messages.get(0)).as(path).startsWith(expected.get(path));
        });
    }

    @Test
    void sarifIsValidAndCarriesTheSameNotifications() throws Exception {
        DemoEndToEndTest.Run run = scan("--format", "sarif");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(doc)).isEmpty();
        }
        JsonNode invocation = doc.at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        List<String> uris = new ArrayList<>();
        for (JsonNode n : invocation.get("toolExecutionNotifications")) {
            uris.add(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        }
        uris.remove(BUNDLE);
        // SARIF URIs are percent-encoded
        assertThat(uris).containsExactlyInAnyOrderElementsOf(expectedNotices().keySet().stream()
                .map(p -> p.replace("\u001b", "%1B").replace("[", "%5B")).toList());
        assertThat(run.out()).doesNotContain("\u001b");
    }

    @Test
    void textFindingsOnStdoutNoticesOnStderrNoStackTraceNoControlCharacters() {
        DemoEndToEndTest.Run run = scan();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("bad-inputs/line-endings/CrlfClient.java:5:32: error: ",
                "bad-inputs/line-endings/cr-only.properties:3:16: error: ", "generated/long-line.yml:1:");
        Pattern notice = Pattern.compile("^[^\\s].*: (note|warning|error): [^\\t]+$");
        List<String> lines = run.err().lines().toList();
        assertThat(lines).allMatch(l -> notice.matcher(l).matches(), "is a notice line");
        assertThat(lines).noneMatch(l -> l.contains("Exception") || l.contains("Error:") || l.startsWith("\tat "));
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .doesNotContain("\u2066");
        assertThat(run.out()).contains("then the key sk-ant-api03-…");
        // the 300 KB line is shown as a window around the finding
        assertThat(run.out().lines().filter(l -> l.contains("api-key: sk-ant-api03-…"))).allMatch(l -> l.length() < 400);
        for (String key : allKeys()) assertThat(run.out() + run.err()).doesNotContain(FakeCredentials.hiddenPart(key));
    }

    @Test
    void debugPrintsMaskedTracesOfContainedFailures() {
        DemoEndToEndTest.Run run = scan("--format", "sarif", "--debug");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("claudit: debug: generated/DeepParens500k.java: nesting too deep to parse",
                "java.lang.StackOverflowError", "\tat ", "(message withheld: it may quote the scanned file)",
                "claudit: debug: names/broken?[2J.yml: YAML parse error");
        assertThat(run.err()).doesNotContain("\u001b");
        for (String key : allKeys()) assertThat(run.out() + run.err()).doesNotContain(FakeCredentials.hiddenPart(key));
    }

    @Test
    void aFifoNamedOnTheCommandLineIsNotOpened() {
        org.junit.jupiter.api.Assumptions.assumeTrue(hasFifo, "mkfifo is not available");
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit("scan", root.resolve("special/pipe.env").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("pipe.env: note: not a regular file; skipped");
    }

    DemoEndToEndTest.Run scan(String... options) {
        return runs.computeIfAbsent(List.of(options), this::run);
    }

    DemoEndToEndTest.Run run(List<String> options) {
        List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--as-of", "2026-11-29"));
        args.addAll(options);
        return DemoEndToEndTest.claudit(args.toArray(String[]::new));
    }

    static Map<String, List<String>> notices(JsonNode json) {
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode n : json.get("notices")) {
            out.computeIfAbsent(n.get("path").asText(), k -> new ArrayList<>()).add(n.get("message").asText());
        }
        return out;
    }

    Map<String, String> expectedNotices() {
        Map<String, String> expected = new TreeMap<>(NOTICES);
        if (!hasFifo) expected.remove("special/pipe.env");
        return expected;
    }

    List<String> allKeys() {
        List<String> keys = new ArrayList<>(committedKeys.values().stream().flatMap(List::stream).toList());
        for (BadInputs.Placed p : generated) keys.add(p.key());
        keys.add(outsideKey);
        keys.add(nameKey);
        keys.add(keyInNamedFile);
        return keys;
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
