package dev.claudit.facts;

import dev.claudit.extract.Extraction;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project grown in batches is the project made from all its files at once: the same settings, listed in the
 * files' order even when a later batch brings a file that sorts first, and the same resolutions.
 */
class ProjectBuilderTest {

    private static final Extraction EXTRACTION = new Extraction();

    private static FileFacts properties(String path, String text) {
        return EXTRACTION.extract(path, FileKind.PROPERTIES, text);
    }

    /** The same facts with their settings located in another file (no extractor does that; the builder must not care). */
    private static FileFacts locatedElsewhere(FileFacts f) {
        List<Setting> moved = f.settings().stream().map(s -> new Setting(s.key(), s.value(), s.origin(), s.style(),
                s.location().withPath("elsewhere/" + s.location().path()))).toList();
        return new FileFacts(f.path(), f.kind(), f.literals(), f.tokens(), moved, f.calls(), f.clients(), f.logs(), f.symbols(),
                f.suppressions(), f.notices(), f.place(), f.roles(), f.mockedHttp(), f.serverOnly());
    }

    @Test
    void settingsOfOneKeyFromSeveralBatchesAreListedInTheFilesOrder() {
        settingsAreListedInTheFilesOrder(f -> f);
    }

    @Test
    void settingsLocatedOutsideTheirFileAreStillListedInTheFilesOrder() {
        settingsAreListedInTheFilesOrder(ProjectBuilderTest::locatedElsewhere);
    }

    private static void settingsAreListedInTheFilesOrder(java.util.function.UnaryOperator<FileFacts> facts) {
        FileFacts b = facts.apply(properties("b/application.properties", "apiKey=two\nbase.url=${api-key}\nAPI-KEY=two more\n"));
        FileFacts c = facts.apply(properties("c/application.properties", "api-key=three\nother=x\n"));
        FileFacts a = facts.apply(properties("a/application.properties", "API_KEY=one\n"));
        FileFacts d = facts.apply(properties("d/application.properties", "other=y\n"));

        Project.Builder builder = Project.builder();
        builder.add(List.of(b, c));
        assertThat(builder.current().settings("API_KEY")).extracting(s -> s.value().render()).containsExactly("two", "two more", "three");
        builder.add(List.of(a, d));
        List<FileFacts> all = Stream.of(a, b, c, d).sorted(Comparator.comparing(FileFacts::path)).toList();
        Project grown = builder.build(all, Set.of("gw.example.com:8443"));
        Project whole = new Project(all, Set.of("gw.example.com:8443"));

        for (String key : List.of("api-key", "base.url", "other", "missing")) {
            assertThat(grown.settings(key)).as(key).isEqualTo(whole.settings(key));
        }
        assertThat(grown.settings("apiKey")).extracting(s -> s.value().render()).containsExactly("one", "two", "two more", "three");
        assertThat(grown.files()).isEqualTo(whole.files());
        assertThat(grown.allSettings()).isEqualTo(whole.allSettings());
        assertThat(grown.gatewayHosts()).isEqualTo(whole.gatewayHosts()).containsExactly("gw.example.com");
        Value baseUrl = b.settings().get(1).value();
        assertThat(grown.resolve(baseUrl)).isEqualTo(whole.resolve(baseUrl)).isEqualTo(baseUrl); // apiKey is defined three times
        assertThatThrownBy(() -> builder.add(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPropertyDefinedOnceResolvesUntilASecondDefinitionArrives() {
        FileFacts reads = properties("a/application.properties", "auth=Bearer ${acme.key}\n");
        Project.Builder builder = Project.builder();
        builder.add(List.of(reads));
        Value auth = reads.settings().get(0).value();
        assertThat(builder.current().resolve(auth).knownText()).isEmpty();
        builder.add(List.of(properties("b/application.properties", "acme.key=k1\n")));
        assertThat(builder.current().resolve(auth).knownText()).contains("Bearer k1");
        builder.add(List.of(properties("c/application.properties", "acme.key=k2\n")));
        assertThat(builder.current().resolve(auth).knownText()).isEmpty();
    }
}
