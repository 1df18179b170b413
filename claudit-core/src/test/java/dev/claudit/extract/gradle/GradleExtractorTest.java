package dev.claudit.extract.gradle;

import dev.claudit.extract.Extraction;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class GradleExtractorTest {

    static FileFacts extract(String path, String text) throws UnparsableText {
        FactSink sink = new FactSink(path, FileKind.GRADLE);
        new GradleExtractor().extract(path, text, sink);
        return sink.toFacts();
    }

    @Test
    void buildConfigFieldValuesAreFollowedToWhatTheyRead() throws Exception {
        FileFacts f = extract("app/build.gradle.kts", """
                val props = Properties()
                val fromEnv = System.getenv("ANTHROPIC_API_KEY") ?: "none"
                android {
                    buildConfigField("String", "A", "\\"${props.getProperty("anthropic.key")}\\"")
                    buildConfigField("String", "B", "\\"$fromEnv\\"")
                    buildConfigField(
                        "String",
                        "C",
                        "\\"" + providers.gradleProperty("claudeKey").get() + "\\"",
                    )
                    resValue("string", "d", props["d.key"] as String)
                    buildConfigField("int", "E", "42")
                }
                """);
        assertThat(f.settings()).extracting(Setting::key, Setting::origin, s -> s.value().references().stream()
                        .map(r -> r.source() + ":" + r.name()).toList(), s -> s.location().line())
                .containsExactly(
                        tuple("buildConfigField.A", Setting.Origin.ANDROID_BUILD_CONFIG, java.util.List.of("PROPERTY:anthropic.key"), 4),
                        tuple("buildConfigField.B", Setting.Origin.ANDROID_BUILD_CONFIG, java.util.List.of("ENV:ANTHROPIC_API_KEY"), 5),
                        tuple("buildConfigField.C", Setting.Origin.ANDROID_BUILD_CONFIG, java.util.List.of("PROPERTY:claudeKey"), 8),
                        tuple("resValue.d", Setting.Origin.ANDROID_RES_VALUE, java.util.List.of("PROPERTY:d.key"), 11),
                        tuple("buildConfigField.E", Setting.Origin.ANDROID_BUILD_CONFIG, java.util.List.of(), 12));
        assertThat(f.settings().get(0).location()).isEqualTo(new Location("app/build.gradle.kts", 4, 32, 4, 34));
        assertThat(f.settings().get(4).value().knownText()).contains("42");
    }

    @Test
    void groovyCommandSyntaxEndsWithTheLineUnlessItContinues() throws Exception {
        FileFacts f = extract("app/build.gradle", """
                buildConfigField "String", "KEY",
                        "\\"${System.env['CLAUDE_KEY']}\\""
                buildConfigField 'String', 'URL', '"https://example.com"'
                def buildConfigField(a, b, c) { }
                x = "/* not a comment */ // nor this"
                """);
        assertThat(f.settings()).extracting(Setting::key, s -> s.value().render())
                .containsExactly(tuple("buildConfigField.KEY", "\"${CLAUDE_KEY}\""), tuple("buildConfigField.URL", "\"https://example.com\""));
        assertThat(f.settings().get(0).value().references()).singleElement().extracting(Value.Reference::source).isEqualTo(Value.Source.ENV);
    }

    @Test
    void anUnterminatedStringIsANoticeNotACrash() {
        FileFacts f = new Extraction().extract("app/build.gradle", FileKind.GRADLE, "buildConfigField \"String\", \"K\", \"oops\n");
        assertThat(f.settings()).isEmpty();
        assertThat(f.notices()).singleElement().satisfies(n -> assertThat(n.message()).contains("Groovy unterminated string at line 1"));
    }

    @Test
    void kotlinBuildConfigReadsSkipCommentsAndStringTextButNotInterpolations() throws Exception {
        FactSink sink = new FactSink("Chat.kt", FileKind.KOTLIN);
        new KotlinBuildConfigReads().extract("Chat.kt", """
                // BuildConfig.IN_COMMENT
                val a = com.acme.BuildConfig.ANTHROPIC_API_KEY
                val b = "BuildConfig.IN_TEXT ${BuildConfig.IN_TEMPLATE}"
                """, sink);
        assertThat(sink.toFacts().settings()).extracting(Setting::key, s -> s.location().line())
                .containsExactly(tuple("BuildConfig.ANTHROPIC_API_KEY", 2), tuple("BuildConfig.IN_TEMPLATE", 3));
    }
}
