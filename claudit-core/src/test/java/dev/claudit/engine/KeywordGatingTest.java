package dev.claudit.engine;

import dev.claudit.facts.FileFacts;
import dev.claudit.rules.Detector;
import dev.claudit.rules.RuleMeta;
import dev.claudit.facts.Keywords;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.claudit.engine.PrefilterTest.AS_OF;
import static dev.claudit.engine.PrefilterTest.CATALOG;
import static dev.claudit.engine.PrefilterTest.DATA;
import static dev.claudit.engine.PrefilterTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule's own keywords deciding (which files are parsed, which rules run on a file, which files a setting is
 * followed into) loses nothing against the union of all keywords deciding: the same report on every rule example, on
 * the demo, and on a project made of all of them together (where constants and settings cross between examples).
 */
class KeywordGatingTest {

    @TempDir
    Path tmp;

    static String report(Path dir, boolean gating, int threads) throws IOException {
        return EquivalentScans.json(dir, pipeline -> pipeline.withKeywordGating(gating), options -> options, threads);
    }

    @Test
    void everyRuleExampleReportsTheSameWithAndWithoutGating() throws IOException {
        int n = EquivalentScans.assertEveryRuleExampleAgrees(tmp, dir -> report(dir, true, 2), dir -> report(dir, false, 2));
        assertThat(n).isGreaterThan(20);
    }

    @Test
    void theDemoReportsTheSameWithAndWithoutGating() throws IOException {
        Path demo = Path.of("testdata/demo");
        String reference = report(demo, false, 1);
        assertThat(reference).contains("missing-version-header", "key-logged", "retired-model");
        assertThat(report(demo, true, 1)).isEqualTo(reference);
        assertThat(report(demo, true, 3)).isEqualTo(reference);
    }

    /** Every example and the demo in one project: a constant or setting of one example may reach another's files. */
    @Test
    void aProjectOfEveryExampleAndTheDemoReportsTheSameWithAndWithoutGating() throws IOException {
        Path project = tmp.resolve("all");
        int n = 0;
        for (RuleMeta rule : CATALOG.rules()) {
            for (RuleMeta.Example ex : rule.examples()) {
                Map<String, String> files = new LinkedHashMap<>();
                String module = rule.id() + "-" + n++ + "/";
                ex.files().forEach((path, text) -> files.put(module + path, text));
                write(project, files);
            }
        }
        Path demo = Path.of("testdata/demo");
        try (Stream<Path> s = Files.walk(demo)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path to = project.resolve("demo").resolve(demo.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        String reference = report(project, false, 2);
        assertThat(reference).contains("hardcoded-credential", "missing-api-key-header", "invalid-model-id", "wrong-host");
        assertThat(report(project, true, 2)).isEqualTo(reference);
        assertThat(report(project, true, 1)).isEqualTo(reference);
    }

    /**
     * A setting whose value holds a keyword is followed into the files that read it as a property ({@code @Value},
     * {@code getProperty}); a file that has its name only as a word ({@code name}, {@code description} are in most
     * files) is not read for it with gating on, and is without.
     */
    @Test
    void aSettingIsFollowedOnlyIntoFilesThatReadItAsAProperty() throws IOException {
        write(tmp, Map.of(
                "src/main/resources/application.yml", "assistant:\n  host: https://api.anthropic.com\n",
                "src/main/java/com/acme/Ask.java", """
                        package com.acme;

                        import org.springframework.beans.factory.annotation.Value;

                        class Ask {
                            @Value("${assistant.host}")
                            private String url;
                        }
                        """,
                "src/main/java/com/acme/Lookup.java", """
                        package com.acme;

                        class Lookup {
                            String url(org.springframework.core.env.Environment env) { return env.getProperty( "assistant.host"); }
                        }
                        """,
                "src/main/java/com/acme/Docs.java", """
                        package com.acme;

                        /** The URL comes from assistant.host in application.yml. */
                        class Docs {
                            String host(Config c) { return c.assistant.host; }
                        }
                        """));
        Workspace ws = new DirectoryWalker(false).walk(tmp, List.of(tmp));
        Map<String, Keywords> byRule = new LinkedHashMap<>();
        for (Detector d : CATALOG.detectors()) byRule.merge(d.ruleId(), d.keywords(DATA), Keywords::and);
        Keywords keywords = Keywords.union(byRule.values());
        ProjectReader.Read tight = new ProjectReader(keywords, 2, Pipeline.Options.DEFAULT_MAX_FILE_SIZE, Pipeline.PARSE_BUDGET)
                .byRule(byRule).read(ws.files());
        assertThat(tight.facts()).extracting(FileFacts::path).containsExactly("src/main/java/com/acme/Ask.java",
                "src/main/java/com/acme/Lookup.java", "src/main/resources/application.yml");
        ProjectReader.Read loose = new ProjectReader(keywords, 2, Pipeline.Options.DEFAULT_MAX_FILE_SIZE, Pipeline.PARSE_BUDGET)
                .read(ws.files());
        assertThat(loose.facts()).extracting(FileFacts::path).contains("src/main/java/com/acme/Docs.java");
        assertThat(report(tmp, true, 2)).isEqualTo(report(tmp, false, 2));
    }

    /**
     * A file read for a model name alone still gets the header rules when its request's URL is a constant of a class
     * with the host: a rule reports where the value is used, its keywords being where the value is written.
     */
    @Test
    void aRuleRunsWhereAValueWithItsKeywordsIsUsed() throws IOException {
        write(tmp, Map.of(
                "src/main/java/com/acme/Hosts.java", """
                        package com.acme;

                        final class Hosts {
                            static final String MESSAGES = "https://api.anthropic.com/v1/messages";
                        }
                        """,
                "src/main/java/com/acme/Ask.java", """
                        package com.acme;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class Ask {
                            static final String MODEL = "claude-sonnet-4-5";

                            HttpRequest ask(String body) {
                                return HttpRequest.newBuilder(URI.create(Hosts.MESSAGES))
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build();
                            }
                        }
                        """));
        String reference = report(tmp, false, 2);
        assertThat(reference).contains("\"missing-version-header\"", "\"missing-api-key-header\"");
        assertThat(report(tmp, true, 2)).isEqualTo(reference);
    }

    /** A rule runs on a file only where its keywords are, unless the file reads a value from elsewhere. */
    @Test
    void aFileThatReadsNothingFromElsewhereRunsOnlyTheRulesWhoseKeywordsItHolds() throws IOException {
        write(tmp, Map.of("src/main/java/com/acme/Models.java", """
                package com.acme;

                final class Models {
                    static final String FAST = "claude-3-haiku-20240307";
                }
                """));
        Workspace ws = new DirectoryWalker(false).walk(tmp, List.of(tmp));
        Map<String, Keywords> byRule = new LinkedHashMap<>();
        for (Detector d : CATALOG.detectors()) byRule.merge(d.ruleId(), d.keywords(DATA), Keywords::and);
        ProjectReader.Read read = new ProjectReader(Keywords.union(byRule.values()), 1, Pipeline.Options.DEFAULT_MAX_FILE_SIZE,
                Pipeline.PARSE_BUDGET).byRule(byRule).read(ws.files());
        FileFacts models = read.facts().get(0);
        assertThat(Pipeline.refersElsewhere(models)).isFalse();
        assertThat(read.rulesIn(models)).contains("retired-model", "invalid-model-id").doesNotContain("missing-version-header",
                "hardcoded-credential", "wrong-host");
    }
}
