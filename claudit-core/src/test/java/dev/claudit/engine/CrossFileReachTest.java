package dev.claudit.engine;

import dev.claudit.extract.Extraction;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.Project;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reach's rounds are incremental: each adds its new files to one growing project and resolves an earlier file's
 * constant or setting again only when a name it reads got a new definition. These pin that this loses nothing a
 * project rebuilt every round would find: a definition that arrives later makes an earlier value resolve (directly,
 * through another constant, through a property), a name defined twice stops resolving, and the work of a round
 * follows what is new.
 */
class CrossFileReachTest {

    private static final Extraction EXTRACTION = new Extraction();
    private static final Keywords KEYWORDS = Keywords.builder().add(new Keywords.Keyword("sk-ant-", false, Set.of(), false)).build();
    private static final Keywords.Keyword CLIENT = classWord("Client");

    private final Project.Builder project = Project.builder();
    private final CrossFileReach reach = new CrossFileReach(KEYWORDS, KEYWORDS, true, project);

    private static Keywords.Keyword classWord(String name) {
        return new Keywords.Keyword(name, false, Set.of(), true);
    }

    private static FileFacts java(String path, String source) {
        return EXTRACTION.extract(path, FileKind.JAVA, source);
    }

    private static FileFacts client() {
        return java("src/com/acme/Client.java", """
                package com.acme;
                class Client {
                    static final String AUTH = "Bearer " + Keys.PREFIX;
                }
                """);
    }

    private static FileFacts keys(String path, String prefix) {
        return java(path, """
                package com.acme;
                class Keys {
                    static final String PREFIX = %s;
                }
                """.formatted(prefix));
    }

    private static Value auth(FileFacts client) {
        return client.symbols().get("com.acme.Client.AUTH");
    }

    @Test
    void aConstantDefinedInALaterRoundMakesAnEarlierFilesValueHoldTheKeyword() {
        FileFacts client = client();
        CrossFileReach.Wanted first = reach.next(List.of(client));
        assertThat(first.fileNames()).contains("Keys.java");
        assertThat(first.words().list()).doesNotContain(CLIENT);

        CrossFileReach.Wanted second = reach.next(List.of(keys("src/com/acme/Keys.java", "\"sk-ant-api03-\"")));
        assertThat(second.words().list()).contains(CLIENT, classWord("Keys"));
        assertThat(project.current().resolve(auth(client)).knownText()).contains("Bearer sk-ant-api03-");
    }

    @Test
    void aChainOfConstantsCompletedLaterIsFollowedBackToTheFirstFile() {
        reach.next(List.of(client()));
        CrossFileReach.Wanted second = reach.next(List.of(keys("src/com/acme/Keys.java", "Base.VALUE")));
        assertThat(second.fileNames()).contains("Base.java");
        assertThat(second.words().list()).doesNotContain(CLIENT);

        CrossFileReach.Wanted third = reach.next(List.of(java("src/com/acme/Base.java", """
                package com.acme;
                class Base {
                    static final String VALUE = "sk-ant-api03-";
                }
                """)));
        assertThat(third.words().list()).contains(CLIENT, classWord("Keys"), classWord("Base"));
    }

    @Test
    void aNameDefinedTwiceStopsResolvingAndItsSecondValueIsNotTakenForIt() {
        FileFacts client = client();
        reach.next(List.of(client));
        reach.next(List.of(keys("src/com/acme/Keys.java", "\"none\"")));
        assertThat(project.current().resolve(auth(client)).knownText()).contains("Bearer none");

        // a second Keys.PREFIX, holding the keyword: the name no longer resolves, so Client holds no keyword
        CrossFileReach.Wanted third = reach.next(List.of(keys("other/com/acme/Keys.java", "\"sk-ant-api03-\"")));
        assertThat(third.words().list()).doesNotContain(CLIENT);
        assertThat(project.current().resolve(auth(client)).knownText()).isEmpty();
    }

    @Test
    void aPropertyDefinedInALaterRoundIsResolvedInTheConfigurationThatReadsIt() {
        FileFacts app = EXTRACTION.extract("src/main/resources/application.properties", FileKind.PROPERTIES,
                "acme.auth=Bearer ${acme.key}\n");
        reach.next(List.of(app));
        Keywords.Keyword auth = new Keywords.Keyword("acme.auth", true, Set.of(), false, true);

        FileFacts secrets = EXTRACTION.extract("config/secrets.properties", FileKind.PROPERTIES, "acme.key=sk-ant-api03-\n");
        assertThat(reach.next(List.of(secrets)).words().list()).contains(auth);
    }

    @Test
    void aRoundResolvesItsNewFilesAndOnlyTheEarlierValuesThatReadWhatTheyDefine() {
        FileFacts client = client();
        FileFacts unrelated = java("src/com/acme/Other.java", """
                package com.acme;
                class Other {
                    static final String A = "a";
                    static final String B = "b" + A;
                }
                """);
        reach.next(List.of(client, unrelated));
        assertThat(reach.resolvedLastRound()).isEqualTo(constants(client) + constants(unrelated));

        FileFacts more = java("src/com/acme/More.java", """
                package com.acme;
                class More {
                    static final String C = "c";
                }
                """);
        reach.next(List.of(more));
        assertThat(reach.resolvedLastRound()).as("only the new file's constants").isEqualTo(constants(more));

        FileFacts keys = keys("src/com/acme/Keys.java", "\"none\"");
        reach.next(List.of(keys));
        long readers = client.symbols().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("#") && !e.getValue().symbols().isEmpty()).count();
        assertThat(readers).isPositive();
        assertThat(reach.resolvedLastRound()).as("the new file's constants and those of Client that read Keys.PREFIX")
                .isEqualTo(constants(keys) + (int) readers);
    }

    @Test
    void aKeySetOnceWithAKeywordWantsTheFilesThatReadIt() {
        FileFacts one = EXTRACTION.extract("a/application.properties", FileKind.PROPERTIES, "acme.key=sk-ant-api03-a\n");
        FileFacts other = EXTRACTION.extract("b/application.properties", FileKind.PROPERTIES, "acme.other=sk-ant-api03-b\n");
        assertThat(reach.next(List.of(one, other)).words().list())
                .contains(new Keywords.Keyword("acme.key", true, Set.of(), false, true));
    }

    @Test
    void aKeySetTwiceWantsNoFileThatReadsIt() {
        // no reference can resolve to either value, now or after more files are read: a reader would gain nothing
        FileFacts one = EXTRACTION.extract("a/application.properties", FileKind.PROPERTIES, "acme.key=sk-ant-api03-a\n");
        FileFacts two = EXTRACTION.extract("b/application.yml", FileKind.YAML, "acme:\n  key: sk-ant-api03-b\n");
        CrossFileReach.Wanted wanted = reach.next(List.of(one, two));
        assertThat(wanted.words().list()).extracting(Keywords.Keyword::text).doesNotContain("acme.key", "key");
        assertThat(project.current().settings("acme.key")).hasSize(2);
    }

    @Test
    void aKeySetOnceAndThenAgainInALaterRoundWasWantedInItsFirst() {
        Keywords.Keyword key = new Keywords.Keyword("acme.key", true, Set.of(), false, true);
        FileFacts one = EXTRACTION.extract("a/application.properties", FileKind.PROPERTIES, "acme.key=sk-ant-api03-a\n");
        assertThat(reach.next(List.of(one)).words().list()).contains(key);
        FileFacts two = EXTRACTION.extract("b/application.properties", FileKind.PROPERTIES, "acme.key=sk-ant-api03-b\n");
        assertThat(reach.next(List.of(two)).words().list()).doesNotContain(key);
    }

    @Test
    void aPropertyReadWhileItsKeyIsSetOnceWantsTheConfigurationThatMaySetIt() {
        FileFacts once = EXTRACTION.extract("a/application.properties", FileKind.PROPERTIES, "acme.host=example.com\n");
        FileFacts reads = EXTRACTION.extract("b/application.properties", FileKind.PROPERTIES, "acme.url=https://${acme.host}/v1\n");
        assertThat(reach.next(List.of(once, reads)).words().list()).extracting(Keywords.Keyword::text).contains("host");
    }

    @Test
    void aPropertyWhoseKeyIsSetTwiceWantsNoConfiguration() {
        // no third definition could make the reference resolve: the project resolves a key set once
        FileFacts one = EXTRACTION.extract("a/application.properties", FileKind.PROPERTIES, "acme.host=example.com\n");
        FileFacts two = EXTRACTION.extract("c/application.properties", FileKind.PROPERTIES, "acme.host=example.org\n");
        FileFacts reads = EXTRACTION.extract("b/application.properties", FileKind.PROPERTIES, "acme.url=https://${acme.host}/v1\n");
        assertThat(reach.next(List.of(one, two, reads)).words().list()).extracting(Keywords.Keyword::text).doesNotContain("host");
    }

    @Test
    void configurationIsWantedWhereItNamesThePropertysLastPartAsAWholeWord() {
        // a workflow's shell loop reads ${ex}: configuration that sets ex is wanted, not every file holding "example"
        FileFacts reads = EXTRACTION.extract("b/application.properties", FileKind.PROPERTIES, "acme.url=https://${ex}/v1\n");
        dev.claudit.workspace.KeywordMatcher wanted = dev.claudit.workspace.KeywordMatcher.of(reach.next(List.of(reads)).words());
        assertThat(wanted.test("ex: example.com\n", FileKind.YAML)).isTrue();
        assertThat(wanted.test("acme.ex=example.com\n", FileKind.PROPERTIES)).isTrue();
        assertThat(wanted.test("{\"EX\": 1}", FileKind.JSON)).isTrue();
        assertThat(wanted.test("example: see exclude\n", FileKind.YAML)).isFalse();
    }

    private static int constants(FileFacts f) {
        return (int) f.symbols().keySet().stream().filter(k -> !k.startsWith("#")).count() + f.settings().size();
    }
}
